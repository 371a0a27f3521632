package share

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"strings"
	"sync"

	"github.com/socready/socready/app/engine"
)

// A link is "s=" followed by the base64url (no padding) of:
//
//	rest     3 bytes  big-endian count of the bytes after this field
//	format   1 byte   the link format version (2; 1 is still read)
//	flags    1 byte   bits 0–1 kind, bit 2 deflated, bit 3 encrypted; others 0
//	[crypto]          when encrypted: PBKDF2 iterations/1000 (uvarint),
//	                  salt (16 bytes), nonce (12 bytes)
//	payload           the body (see body.go; from version 2 with a tail of
//	                  optional fields, see tail.go), deflated and/or sealed
//	check    4 bytes  CRC-32 (IEEE, big-endian) of the bytes from format on
//
// Every future format keeps rest, format and the trailing CRC-32, so a newer
// link is told apart from a damaged one. CRC-32 catches every change of up to
// 32 consecutive bits, so any single wrong base64 character (6 bits) is always
// caught. The length tells a cut-off link from an altered one; it fills
// exactly the first four base64 characters and is outside the CRC, so a
// changed length (the rest still checks out) is told apart from a cut (it
// does not). The CRC is not a defence against forgery: encrypted links are
// authenticated by AES-GCM (which covers the length too), and plain links are
// validated field by field like any untrusted input.

// Prefix starts every link fragment; the UI puts the fragment after "#", so
// browsers never send it to a server.
const Prefix = "s="

// Size limits, checked before any work is done.
const (
	MaxLinkLen  = 64 << 10 // longest fragment accepted, in characters
	MaxInflated = 1 << 20  // largest body a link may unpack to, in bytes
)

const (
	formatVersion = 2 // written; 1 and 2 are read
	flagKindMask  = 0x03
	flagDeflate   = 0x04
	flagEncrypted = 0x08
	flagReserved  = 0xF0
	crcLen        = 4
	restLen       = 3 // bytes of the rest field
	headerLen     = restLen + 2
)

// Kind tells a results link (an assessment to view) from a requester link
// (a scope to start from).
type Kind byte

const (
	KindResults Kind = 1
	KindRequest Kind = 2
)

// Options are the sender's choices.
type Options struct {
	Notes      bool   // include free-text notes (N/A justifications always travel)
	Passphrase string // if set, the link is encrypted with a key derived from it
}

// Lookup finds a bank version: version 0 asks for the current version. The app
// passes its library; only the versions it still holds can be read (see
// ErrUnknownBankVersion).
type Lookup func(bankID string, version int) (*engine.Bank, bool)

// Link is a decoded share link.
type Link struct {
	Kind       Kind
	Assessment engine.Assessment // KindResults: bank, scope, names, updated, answers
	Request    Request           // KindRequest
	Notes      bool              // the sender included notes
	Protected  bool              // the link was passphrase-protected
	// Migrated is set when the link was made with an earlier version of
	// the bank: Assessment has been brought to the current version, and
	// this says which questions are new and which to review.
	Migrated *engine.MigrationNotice
}

var b64 = base64.RawURLEncoding.Strict()

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// Encode makes a results link for an assessment. Answers are written in the
// order of bank's questions, so bank must be a version the recipient's app
// holds (the current one). The assessment is validated first: what cannot be
// imported is not exported.
func Encode(a engine.Assessment, bank *engine.Bank, opts Options) (string, error) {
	body, err := resultsBody(&a, bank, opts.Notes)
	if err != nil {
		return "", err
	}
	return seal(KindResults, body, opts.Passphrase)
}

// EncodeRequest makes a requester link: a scope to start from and a message,
// no answers.
func EncodeRequest(r Request, opts Options) (string, error) {
	body, err := requestBody(&r)
	if err != nil {
		return "", err
	}
	return seal(KindRequest, body, opts.Passphrase)
}

// Decode reads a link fragment (with or without the leading "#"). A protected
// link returns ErrNeedPassphrase: ask for it and call DecodeWithPassphrase.
func Decode(fragment string, lookup Lookup) (*Link, error) {
	return DecodeWithPassphrase(fragment, "", lookup)
}

// DecodeWithPassphrase reads a link, decrypting it if it is protected.
func DecodeWithPassphrase(fragment, passphrase string, lookup Lookup) (*Link, error) {
	kind, format, body, protected, err := open(fragment, passphrase)
	if err != nil {
		return nil, err
	}
	l := &Link{Kind: kind, Protected: protected}
	switch kind {
	case KindResults:
		err = readResults(body, format, lookup, l)
	case KindRequest:
		err = readRequest(body, format, &l.Request)
	}
	if err != nil {
		return nil, err
	}
	return l, nil
}

// seal wraps a body in the envelope described at the top of this file.
func seal(kind Kind, body []byte, passphrase string) (string, error) {
	flags := byte(kind)
	payload := body
	if z := deflate(body); len(z) < len(body) {
		flags |= flagDeflate
		payload = z
	}
	var crypto []byte
	if passphrase != "" {
		flags |= flagEncrypted
		var err error
		if crypto, err = newCryptoHeader(); err != nil {
			return "", err
		}
	}
	rest := 2 + len(crypto) + len(payload) + crcLen
	if passphrase != "" {
		rest += gcmTagLen
	}
	w := writer{b: make([]byte, 0, restLen+rest)}
	w.bytes([]byte{byte(rest >> 16), byte(rest >> 8), byte(rest)})
	w.byte(formatVersion)
	w.byte(flags)
	w.bytes(crypto)
	if passphrase != "" {
		var err error
		if w.b, err = encrypt(w.b, payload, passphrase); err != nil {
			return "", err
		}
	} else {
		w.bytes(payload)
	}
	w.b = binary.BigEndian.AppendUint32(w.b, crc32.ChecksumIEEE(w.b[restLen:]))
	return Prefix + b64.EncodeToString(w.b), nil
}

// open checks a fragment's size, encoding and integrity and returns its body,
// decrypted and inflated.
func open(fragment, passphrase string) (Kind, byte, []byte, bool, error) {
	if len(fragment) > MaxLinkLen {
		return 0, 0, nil, false, ErrLinkTooLarge
	}
	s := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(fragment), "#"))
	if !strings.HasPrefix(s, Prefix) {
		return 0, 0, nil, false, ErrNotALink
	}
	s = s[len(Prefix):]
	if strings.Trim(s, b64Alphabet) != "" {
		return 0, 0, nil, false, wrap(ErrAltered, "it holds characters a link never has")
	}
	if len(s)%4 == 1 { // no base64 text has this length: characters are missing
		return 0, 0, nil, false, ErrTruncated
	}
	// A cut-off link usually ends in a character whose spare bits are not
	// zero, which strict decoding refuses; decode leniently so the length
	// field can tell "cut off" from "altered", and refuse the loose ending
	// only after that.
	data, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return 0, 0, nil, false, wrap(ErrAltered, "it holds characters a link never has")
	}
	_, strictErr := b64.DecodeString(s)
	if len(data) < headerLen+crcLen {
		return 0, 0, nil, false, ErrTruncated
	}
	rest := int(data[0])<<16 | int(data[1])<<8 | int(data[2])
	have := len(data) - restLen
	sumOK := checksumOK(data)
	switch {
	case have < rest && sumOK: // intact but for the length: the length was changed
		return 0, 0, nil, false, wrap(ErrAltered, "its length field was changed")
	case have < rest:
		return 0, 0, nil, false, ErrTruncated
	case have > rest:
		return 0, 0, nil, false, wrap(ErrAltered, "it has extra characters at the end")
	case strictErr != nil || !sumOK:
		return 0, 0, nil, false, ErrAltered
	case data[restLen] == 0:
		return 0, 0, nil, false, wrap(ErrAltered, "format 0")
	case data[restLen] > formatVersion:
		return 0, 0, nil, false, ErrNewerFormat
	}
	flags := data[restLen+1]
	kind := Kind(flags & flagKindMask)
	if flags&flagReserved != 0 {
		return 0, 0, nil, false, ErrNewerFormat
	}
	if kind != KindResults && kind != KindRequest {
		return 0, 0, nil, false, wrap(ErrAltered, "it is neither results nor a request")
	}
	payload := data[headerLen : len(data)-crcLen]
	protected := flags&flagEncrypted != 0
	if protected {
		var err error
		if payload, err = decrypt(data[:headerLen], payload, passphrase); err != nil {
			return 0, 0, nil, true, err
		}
	}
	if flags&flagDeflate != 0 {
		var err error
		if payload, err = inflate(payload); err != nil {
			return 0, 0, nil, protected, err
		}
	}
	return kind, data[restLen], payload, protected, nil
}

func checksumOK(data []byte) bool {
	n := len(data) - crcLen
	return crc32.ChecksumIEEE(data[restLen:n]) == binary.BigEndian.Uint32(data[n:])
}

// deflaters keeps compressors between links: each holds about 800 KB of
// tables, too much to allocate whenever the UI refreshes a link.
var deflaters = sync.Pool{New: func() any {
	zw, _ := flate.NewWriter(nil, flate.BestCompression) // the level is valid: no error
	return zw
}}

// inflaters keeps decompressors (a 32 KB window each) between links.
var inflaters = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}

// deflate compresses with raw DEFLATE (no zlib header: the CRC covers it).
func deflate(b []byte) []byte {
	var buf bytes.Buffer
	zw := deflaters.Get().(*flate.Writer)
	zw.Reset(&buf)
	zw.Write(b) // writes to a bytes.Buffer cannot fail
	zw.Close()
	deflaters.Put(zw)
	return buf.Bytes()
}

// inflate decompresses at most MaxInflated bytes; more is a decompression bomb.
func inflate(z []byte) ([]byte, error) {
	zr := inflaters.Get().(io.ReadCloser)
	defer inflaters.Put(zr)
	zr.(flate.Resetter).Reset(bytes.NewReader(z), nil) // never fails for a flate reader
	out, err := io.ReadAll(io.LimitReader(zr, MaxInflated+1))
	if len(out) > MaxInflated {
		return nil, ErrBomb
	}
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, wrap(ErrAltered, "its compressed data ends too early")
		}
		return nil, wrap(ErrAltered, "its compressed data is damaged")
	}
	return out, nil
}
