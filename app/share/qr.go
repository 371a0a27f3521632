package share

import (
	"strconv"
	"strings"

	"rsc.io/qr/coding"
)

// QR codes are built with rsc.io/qr/coding (Reed–Solomon, placement and
// format bits, tested upstream against libqrencode; it imports only fmt,
// strconv and strings). It leaves the mask to the caller, so the mask is
// chosen here by the standard penalty rules, and drawn as SVG here.

// MaxQRBytes is the longest text drawn as a QR code: longer ones need a
// version above 25 (117×117 modules), too dense to scan comfortably from a
// phone held up to a screen.
const MaxQRBytes = 1000

// qrQuiet is the light margin around the code, in modules, as the standard asks.
const qrQuiet = 4

// QRSVG draws text (a link) as a QR code in an inline SVG with a default
// title. ok is false when the text is too long to scan comfortably.
func QRSVG(text string) (svg string, ok bool) {
	return QRSVGWithTitle(text, "QR code of this link")
}

// QRSVGWithTitle is QRSVG with the SVG's accessible title; the title is
// escaped, the text only ever becomes modules.
func QRSVGWithTitle(text, title string) (svg string, ok bool) {
	code, ok := qrEncode(text)
	if !ok {
		return "", false
	}
	return qrToSVG(code, title), true
}

// qrEncode picks the smallest version that holds text in byte mode at level M
// (15% of the code may be damaged) and the mask with the lowest penalty.
func qrEncode(text string) (*coding.Code, bool) {
	if len(text) == 0 || len(text) > MaxQRBytes {
		return nil, false
	}
	enc := coding.String(text)
	v := coding.Version(coding.MinVersion)
	for enc.Bits(v) > v.DataBytes(coding.M)*8 {
		if v++; v > coding.MaxVersion {
			return nil, false
		}
	}
	var best *coding.Code
	bestScore := 0
	for m := coding.Mask(0); m < 8; m++ {
		plan, err := coding.NewPlan(v, coding.M, m)
		if err != nil {
			return nil, false
		}
		code, err := plan.Encode(enc)
		if err != nil {
			return nil, false
		}
		if s := qrPenalty(code); best == nil || s < bestScore {
			best, bestScore = code, s
		}
	}
	return best, true
}

// qrPenalty scores a symbol by the four rules of ISO/IEC 18004 §7.8.3: long
// runs, 2×2 blocks, finder-like patterns and an unbalanced dark ratio. The
// mask with the lowest score is easiest to read.
func qrPenalty(c *coding.Code) int {
	n := c.Size
	dark := func(x, y int) bool { return c.Black(x, y) } // false outside the symbol
	score := 0
	for pass := 0; pass < 2; pass++ { // rows, then columns
		at := dark
		if pass == 1 {
			at = func(x, y int) bool { return dark(y, x) }
		}
		for y := 0; y < n; y++ {
			run := 1
			for x := 1; x <= n; x++ {
				if x < n && at(x, y) == at(x-1, y) {
					run++
					continue
				}
				if run >= 5 {
					score += 3 + run - 5
				}
				run = 1
			}
			// 1:1:3:1:1 with four light modules before or after (light outside).
			for x := -4; x < n; x++ {
				core := at(x, y) && !at(x+1, y) && at(x+2, y) && at(x+3, y) && at(x+4, y) && !at(x+5, y) && at(x+6, y)
				if !core {
					continue
				}
				if !at(x-1, y) && !at(x-2, y) && !at(x-3, y) && !at(x-4, y) ||
					!at(x+7, y) && !at(x+8, y) && !at(x+9, y) && !at(x+10, y) {
					score += 40
				}
			}
		}
	}
	darkCount := 0
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			d := dark(x, y)
			if d {
				darkCount++
			}
			if x+1 < n && y+1 < n && d == dark(x+1, y) && d == dark(x, y+1) && d == dark(x+1, y+1) {
				score += 3
			}
		}
	}
	pct := darkCount * 100 / (n * n)
	dev := pct - 50
	if dev < 0 {
		dev = -dev
	}
	return score + dev/5*10
}

// qrToSVG draws the dark modules as one path of horizontal runs, on a white
// square with the quiet zone, scaled by the viewBox to whatever size CSS gives.
func qrToSVG(c *coding.Code, title string) string {
	side := strconv.Itoa(c.Size + 2*qrQuiet)
	var b strings.Builder
	b.Grow(c.Size * c.Size * 2)
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + side + ` ` + side +
		`" role="img" shape-rendering="crispEdges"><title>` + xmlEscaper.Replace(title) +
		`</title><rect width="` + side + `" height="` + side + `" fill="#fff"/><path fill="#000" d="`)
	for y := 0; y < c.Size; y++ {
		for x := 0; x < c.Size; {
			if !c.Black(x, y) {
				x++
				continue
			}
			start := x
			for x < c.Size && c.Black(x, y) {
				x++
			}
			w := strconv.Itoa(x - start)
			b.WriteString("M" + strconv.Itoa(start+qrQuiet) + " " + strconv.Itoa(y+qrQuiet) + "h" + w + "v1h-" + w + "z")
		}
	}
	b.WriteString(`"/></svg>`)
	return b.String()
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
