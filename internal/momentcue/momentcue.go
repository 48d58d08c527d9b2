// Package momentcue holds the expressions that tell the moments of a goodbye apart (see
// message.MomentCues): constants of the program, which package message runs and package
// rules encodes the automaton filters of into its table of built-in filters, so that a run
// reads them from there rather than compiling them (which cost a one-copy run more than
// matching with them).
package momentcue

// Confirm finds the wording of a message shown before the goodbye: it asks the reader to
// confirm, or warns what will happen.
const Confirm = `(?i)\b(?:are you sure|are you certain|do you (?:really |still )?want to|would you like to (?:cancel|delete|close|leave|unsubscribe|downgrade|pause|deactivate)|(?:please )?confirm (?:that )?you|you(?:'re| are) about to|ready to (?:cancel|delete|close|leave|unsubscribe|downgrade|pause)|before you (?:cancel|delete|close|go|leave|unsubscribe|downgrade|pause|deactivate|proceed|continue)|if you (?:cancel|delete|close|unsubscribe|downgrade|pause|deactivate|continue|proceed|leave)|this will (?:permanently |immediately )?(?:cancel|delete|remove|erase|end|close|deactivate|downgrade|pause|unsubscribe|stop|log you out)|(?:can ?not|can't) be undone|irreversible|why are you (?:cancel|delet|leav|unsubscrib|downgrad|paus)|reason for (?:cancel|delet|leav|unsubscrib|downgrad|paus)|what(?:'s| is) the (?:main )?reason|once (?:you|your) |before proceeding|will be (?:permanently |immediately )?(?:scheduled for deletion|deleted|removed|erased|closed|deactivated))`

// Done finds the wording of a notice that the goodbye is done.
const Done = `(?i)\b(?:(?:has|have|had) been (?:successfully )?(?:cancell?ed|deleted|closed|removed|deactivated|paused|terminated|suspended|downgraded|unsubscribed|processed|received|confirmed|disabled|banned|ended)|was (?:cancell?ed|deleted|closed|removed|paused|terminated|suspended|downgraded)|(?:is|are) now|you(?:'ve| have) (?:cancell?ed|unsubscribed|deleted|closed|paused|downgraded|left)|successfully|we(?:'ve| have) (?:cancell?ed|received|processed|removed|deleted|closed|paused|ended|stopped)|(?:is|are) (?:cancell?ed|paused|closed|deleted|confirmed|unsubscribed)|no longer)\b`
