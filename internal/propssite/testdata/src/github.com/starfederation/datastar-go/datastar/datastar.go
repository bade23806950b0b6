// Package datastar stands in for
// github.com/starfederation/datastar-go/datastar in tests: the real import
// path and the signatures ssrlint looks at, written for ssrlint, with no
// behaviour.
package datastar

import "net/http"

type ServerSentEventGenerator struct{}

type SSEOption func(*ServerSentEventGenerator)

type PatchSignalsOption func(*patchSignalsOptions)

type patchSignalsOptions struct{ onlyIfMissing bool }

func NewSSE(w http.ResponseWriter, r *http.Request, opts ...SSEOption) *ServerSentEventGenerator {
	return &ServerSentEventGenerator{}
}

func (sse *ServerSentEventGenerator) MarshalAndPatchSignals(signals any, opts ...PatchSignalsOption) error {
	return nil
}

func (sse *ServerSentEventGenerator) MarshalAndPatchSignalsIfMissing(signals any, opts ...PatchSignalsOption) error {
	return nil
}

func (sse *ServerSentEventGenerator) PatchSignals(signalsContents []byte, opts ...PatchSignalsOption) error {
	return nil
}

func ReadSignals(r *http.Request, signals any) error { return nil }
