export const offboarding = {
  notice: "Your account has been terminated.",
  help: `We're sorry this didn't work out; you can export your data until June 30.`,
}

export const pause = {
  done: 'Your subscription is paused. Take all the time you need.',
}
