package oscal

import (
	"crypto/sha1"
	"encoding/hex"
)

// namespace is SOC Ready's UUID namespace for name-based (version 5) UUIDs.
var namespace = [16]byte{0x6f, 0x2b, 0x1d, 0x54, 0x8e, 0x3a, 0x4c, 0x71, 0x9a, 0x05, 0x3e, 0x52, 0xc4, 0x7d, 0x10, 0xb8}

// uuid5 derives an RFC 4122 version 5 UUID from a name: the same name always
// gives the same UUID, so an export is reproducible and an element keeps its
// UUID across exports of the same assessment.
func uuid5(name string) string {
	h := sha1.New()
	h.Write(namespace[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	var b [36]byte
	hex.Encode(b[0:8], u[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], u[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], u[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], u[8:10])
	b[23] = '-'
	hex.Encode(b[24:], u[10:])
	return string(b[:])
}

// elementUUID is the UUID of one element of an assessment's document.
func elementUUID(assessmentID, element string) string {
	return uuid5("socready/" + assessmentID + "/" + element)
}
