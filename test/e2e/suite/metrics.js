// Figures measured by the in-host tests (printed by the run script, never asserted: they depend on the machine).
module.exports = {};
