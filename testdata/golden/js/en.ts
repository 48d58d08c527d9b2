// Strings for the plan cancellation screens.
import type { Messages } from '../types'

const days = (n: number): string => (n === 1 ? 'day' : 'days')

export default {
  cancel: {
    title: 'We\'re sad you\u2019re leaving',
    body: "Please don't go! Your team will be so disappointed.",
    // farewell-disable-next-line farewell.guilt
    decline: `No thanks, I don't like saving money`,
    keep: `No thanks, I prefer paying more`,
    countdown: (n: number) => `Only ${n} ${days(n)} left to change your mind, hurry!`,
    reasons: ['It costs too much', "I don't need it any more"],
    'confirm.button': 'Cancel my plan',
    note: "Your access continues until the end of the period. \
Thank you for the time you spent with us.",
  },
  deleteAccount: {
    warning: `Deleting your account is permanent.
Are you really, really sure?`,
  },
  greeting() {
    return 'Hello again'
  },
} as const satisfies Messages
