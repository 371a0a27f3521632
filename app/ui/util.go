package ui

import (
	"strconv"

	"github.com/socready/socready/app/engine"
)

func itoa(n int) string { return strconv.Itoa(n) }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func percent(v float64) int { return engine.Percent(v) }

// mustLibrary returns the question library; callers run only after
// library() succeeded.
func mustLibrary() *engine.Library {
	lib, _ := library()
	return lib
}
