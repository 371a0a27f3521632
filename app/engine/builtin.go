package engine

// builtInLibrary returns the library compiled into the binary from
// library_gen.go: the questionnaires as LoadLibrary decoded and validated them
// at build time. It skips the JSON decoding and the validation, which cost the
// browser a third of a second at start-up on a mid-range phone, and rebuilds
// only the indexes.
func builtInLibrary() *Library {
	reindex(builtInData)
	return builtInData
}

// reindex builds the indexes LoadLibrary builds, for a library that was not
// loaded by it.
func reindex(lib *Library) {
	for _, fw := range lib.frameworks {
		fw.ix = buildFwIndex(fw)
	}
	for _, b := range lib.banks {
		if fw := lib.Framework(b.Framework); fw != nil {
			b.ix = buildBankIndex(b, fw)
		}
	}
}
