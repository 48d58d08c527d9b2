/* CommonJS copy for the unsubscribe page. */
const shared = require('./shared')

module.exports = {
  ...shared,
  unsubscribe: {
    done: "You have been unsubscribed. We'll miss you terribly!!",
    sorry: 'Did we do something wrong?',
    link: /it's (\d+) days/.test(note) ? 'soon' : 'later',
  },
}

exports.winback = {
  offer: 'Come back now or lose your discount forever.',
}
