package lint

// SkipOwnReport is the reason a report farewell wrote is skipped: a report written into the
// linted tree (--output) quotes the findings it reports, and must not be linted next time.
const SkipOwnReport = "a report farewell wrote"

// SkipOwnBaseline is the reason a baseline farewell wrote (--write-baseline) is skipped; the
// command leaves such files out of its reports altogether.
const SkipOwnBaseline = "a baseline farewell wrote"
