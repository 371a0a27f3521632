package store

import (
	"errors"
	"sort"
	"strings"
)

// Backend is the key-value storage the workspace writes to. The browser
// implementation wraps window.localStorage; Memory is used in tests and when
// the browser's storage is unavailable.
type Backend interface {
	Get(key string) (value string, ok bool)
	// Set stores value under key. It fails when the storage is full or
	// disabled; the caller keeps the data in memory and tells the user.
	Set(key, value string) error
	Remove(key string)
	Keys() []string
}

// ErrQuota is what a Backend returns when a write does not fit.
var ErrQuota = errors.New("storage quota exceeded")

// Memory is an in-memory Backend. Limit, when positive, makes Set fail with
// ErrQuota once the total size of keys and values would exceed it, so tests
// can exercise a full storage.
type Memory struct {
	Limit int
	data  map[string]string
}

// NewMemory returns an empty in-memory backend.
func NewMemory() *Memory { return &Memory{data: map[string]string{}} }

func (m *Memory) Get(key string) (string, bool) {
	v, ok := m.data[key]
	return v, ok
}

func (m *Memory) Set(key, value string) error {
	if m.Limit > 0 {
		size := len(key) + len(value)
		for k, v := range m.data {
			if k != key {
				size += len(k) + len(v)
			}
		}
		if size > m.Limit {
			return ErrQuota
		}
	}
	m.data[key] = value
	return nil
}

func (m *Memory) Remove(key string) { delete(m.data, key) }

func (m *Memory) Keys() []string {
	keys := make([]string, 0, len(m.data))
	for k := range m.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// keysWithPrefix filters b's keys.
func keysWithPrefix(b Backend, prefix string) []string {
	var out []string
	for _, k := range b.Keys() {
		if strings.HasPrefix(k, prefix) {
			out = append(out, k)
		}
	}
	return out
}
