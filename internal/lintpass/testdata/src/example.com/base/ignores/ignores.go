// Package ignores exercises //ssrlint:ignore against selfapi, a stand-in
// that reports every function it sees.
package ignores

//ssrlint:ignore selfapi the legacy client is retired in v2
func above() {}

func sameLine() {} //ssrlint:ignore selfapi kept for the old router

/* want `//ssrlint:ignore selfapi needs a reason` */ //ssrlint:ignore selfapi
func noReason() {} // want `func noReason`

/* want `//ssrlint:ignore selfapi silences nothing on this line or the next` */ //ssrlint:ignore selfapi nothing follows

func twoLinesBelow() {} // want `func twoLinesBelow`

//ssrlint:ignore propsjson a directive of another analyzer does not silence this one
func otherAnalyzer() {} // want `func otherAnalyzer`

//ssrlint:ignore propsjson,selfapi both analyzers report here
func listed() {}
