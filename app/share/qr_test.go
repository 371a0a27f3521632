package share

import (
	"bufio"
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"rsc.io/qr/coding"
)

type qrVector struct {
	text string
	rows []string // "1" dark, "0" light
}

func readQRVectors(t *testing.T) []qrVector {
	f, err := os.Open("testdata/qr-vectors.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var vs []qrVector
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"), line == "":
		case strings.HasPrefix(line, "text "):
			vs = append(vs, qrVector{text: line[len("text "):]})
		default:
			vs[len(vs)-1].rows = append(vs[len(vs)-1].rows, line)
		}
	}
	if len(vs) < 4 {
		t.Fatalf("only %d vectors", len(vs))
	}
	return vs
}

// formatMask reads the mask number from a symbol's format bits (the copy
// around the top-left finder), after checking their BCH code and that the
// level is M.
func formatMask(t *testing.T, dark func(x, y int) bool) int {
	t.Helper()
	cells := [][2]int{{0, 8}, {1, 8}, {2, 8}, {3, 8}, {4, 8}, {5, 8}, {7, 8}, {8, 8}, {8, 7}, {8, 5}, {8, 4}, {8, 3}, {8, 2}, {8, 1}, {8, 0}}
	f := 0
	for _, c := range cells {
		f <<= 1
		if dark(c[0], c[1]) {
			f |= 1
		}
	}
	f ^= 0x5412
	rem := f
	for i := 14; i >= 10; i-- { // BCH(15,5) with generator 0x537: the remainder must be 0
		if rem&(1<<i) != 0 {
			rem ^= 0x537 << (i - 10)
		}
	}
	if rem != 0 {
		t.Fatalf("format bits %015b fail their BCH check", f)
	}
	if level := f >> 13; level != 0 { // 00 is M
		t.Fatalf("level bits %02b, want 00 (M)", level)
	}
	return (f >> 10) & 7
}

// TestQRKnownVectors compares codes with libqrencode's: the same version,
// and bit for bit the same symbol under libqrencode's mask. The chosen mask
// may differ (libqrencode's penalty differs in details) but must not score
// worse than libqrencode's under the standard rules.
func TestQRKnownVectors(t *testing.T) {
	for _, v := range readQRVectors(t) {
		theirs := func(x, y int) bool { return v.rows[y][x] == '1' }
		mine, ok := qrEncode(v.text)
		if !ok {
			t.Fatalf("%.30q: not encoded", v.text)
		}
		if mine.Size != len(v.rows) {
			t.Fatalf("%.30q: size %d, libqrencode %d", v.text, mine.Size, len(v.rows))
		}
		mask := formatMask(t, theirs)
		plan, err := coding.NewPlan(coding.Version((mine.Size-17)/4), coding.M, coding.Mask(mask))
		if err != nil {
			t.Fatal(err)
		}
		same, _ := plan.Encode(coding.String(v.text))
		for y := 0; y < same.Size; y++ {
			for x := 0; x < same.Size; x++ {
				if same.Black(x, y) != theirs(x, y) {
					t.Fatalf("%.30q mask %d: module (%d,%d) differs from libqrencode", v.text, mask, x, y)
				}
			}
		}
		if qrPenalty(mine) > qrPenalty(same) {
			t.Errorf("%.30q: chose a mask scoring %d over libqrencode's %d", v.text, qrPenalty(mine), qrPenalty(same))
		}
		formatMask(t, mine.Black)
	}
}

// TestQRMaskIsLowestPenalty: of the eight masks, the one chosen scores least.
func TestQRMaskIsLowestPenalty(t *testing.T) {
	text := "https://socready.example/#s=" + strings.Repeat("AbC-_9", 40)
	chosen, _ := qrEncode(text)
	got := formatMask(t, chosen.Black)
	for m := 0; m < 8; m++ {
		plan, _ := coding.NewPlan(coding.Version((chosen.Size-17)/4), coding.M, coding.Mask(m))
		c, _ := plan.Encode(coding.String(text))
		if qrPenalty(c) < qrPenalty(chosen) {
			t.Errorf("mask %d scores %d, below the chosen mask %d's %d", m, qrPenalty(c), got, qrPenalty(chosen))
		}
	}
}

// TestQRPenaltyRules checks each rule on symbols small enough to count by hand.
func TestQRPenaltyRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []string
		want int
	}{
		// 5 rows + 5 columns of a 5-run (3 each), 16 light 2×2 blocks (3 each),
		// 0% dark (50 points off: 10 per 5%).
		{"all light", []string{"00000", "00000", "00000", "00000", "00000"}, 30 + 48 + 100},
		{"checkerboard", []string{"010101", "101010", "010101", "101010", "010101", "101010"}, 0},
		// one finder-like row; worked out in the comment of the test below.
		{"finder-like pattern", append(append(rep("00000000000", 5), "00101110100"), rep("00000000000", 5)...), 90 + 84 + 40 + 252 + 90},
	} {
		if got := qrPenalty(codeOf(tc.rows)); got != tc.want {
			t.Errorf("%s: penalty %d, want %d", tc.name, got, tc.want)
		}
	}
	// finder-like pattern, 11×11 with one row 00101110100:
	// runs: 10 light rows of 11 (9 each) = 90; columns 0,1,3,7,9,10 all light
	// (9 each) = 54, columns 2,4,5,6,8 split 5+1+5 (3+3) = 30; pattern with
	// light on both sides = 40 once; 2×2 blocks: 100 − 16 touching the dark
	// modules = 84 × 3 = 252; 5 dark of 121 = 4%, 46 off → 90.
}

func rep(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func codeOf(rows []string) *coding.Code {
	n := len(rows)
	c := &coding.Code{Size: n, Stride: (n + 7) / 8}
	c.Bitmap = make([]byte, n*c.Stride)
	for y, r := range rows {
		for x := 0; x < n; x++ {
			if r[x] == '1' {
				c.Bitmap[y*c.Stride+x/8] |= 1 << uint(7-x%8)
			}
		}
	}
	return c
}

var svgRun = regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`)

// modulesFromSVG reads the dark modules back out of the SVG path.
func modulesFromSVG(t *testing.T, svg string) (side int, dark map[[2]int]bool) {
	t.Helper()
	m := regexp.MustCompile(`viewBox="0 0 (\d+) (\d+)"`).FindStringSubmatch(svg)
	if m == nil || m[1] != m[2] {
		t.Fatalf("no square viewBox in %.80s", svg)
	}
	side, _ = strconv.Atoi(m[1])
	dark = map[[2]int]bool{}
	d := regexp.MustCompile(`<path fill="#000" d="([^"]*)"/>`).FindStringSubmatch(svg)
	if d == nil || svgRun.ReplaceAllString(d[1], "") != "" {
		t.Fatalf("path data is not all runs")
	}
	for _, r := range svgRun.FindAllStringSubmatch(d[1], -1) {
		x, _ := strconv.Atoi(r[1])
		y, _ := strconv.Atoi(r[2])
		w, _ := strconv.Atoi(r[3])
		if r[3] != r[4] {
			t.Fatalf("run %q does not close", r[0])
		}
		for i := 0; i < w; i++ {
			dark[[2]int{x + i, y}] = true
		}
	}
	return side, dark
}

func TestQRSVG(t *testing.T) {
	text := "https://socready.example/#s=" + strings.Repeat("xY9_", 60)
	svg, ok := QRSVGWithTitle(text, `Results <for> "Acme" & co`)
	if !ok {
		t.Fatal("not drawn")
	}
	if !strings.Contains(svg, `<title>Results &lt;for&gt; &#34;Acme&#34; &amp; co</title>`) && !strings.Contains(svg, `<title>Results &lt;for&gt; &quot;Acme&quot; &amp; co</title>`) {
		t.Errorf("title not escaped: %.200s", svg)
	}
	code, _ := qrEncode(text)
	side, dark := modulesFromSVG(t, svg)
	if side != code.Size+2*qrQuiet {
		t.Fatalf("side %d, want %d with the quiet zone", side, code.Size+2*qrQuiet)
	}
	for y := 0; y < side; y++ {
		for x := 0; x < side; x++ {
			want := code.Black(x-qrQuiet, y-qrQuiet)
			if dark[[2]int{x, y}] != want {
				t.Fatalf("module (%d,%d): svg %v, code %v", x, y, dark[[2]int{x, y}], want)
			}
		}
	}
	if def, _ := QRSVG("x"); !strings.Contains(def, "<title>QR code of this link</title>") {
		t.Errorf("default title missing")
	}
	for _, tooLong := range []string{"", strings.Repeat("a", MaxQRBytes+1)} {
		if _, ok := QRSVG(tooLong); ok {
			t.Errorf("%d bytes: drawn, want ok=false", len(tooLong))
		}
	}
	if _, ok := QRSVG(strings.Repeat("a", MaxQRBytes)); !ok {
		t.Errorf("%d bytes: not drawn", MaxQRBytes)
	}
}

// TestQRScans renders codes to PNG and reads them with zbarimg (Debian
// package zbar-tools), an independent decoder.
func TestQRScans(t *testing.T) {
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Skip("zbarimg not installed (apt-get install zbar-tools): scanning not checked")
	}
	bank := synthBank(130, 1)
	link, _ := Encode(completeAssessment(bank, false), bank, Options{})
	for _, text := range []string{
		"https://socready.example/#" + link,
		"https://socready.example/socready/#" + link,
		"Ünïcödé 株式会社",
		strings.Repeat("0123456789abcdef", MaxQRBytes/16),
	} {
		svg, ok := QRSVG(text)
		if !ok {
			t.Fatalf("%d bytes not drawn", len(text))
		}
		side, dark := modulesFromSVG(t, svg)
		const scale = 4
		img := image.NewGray(image.Rect(0, 0, side*scale, side*scale))
		for y := 0; y < side*scale; y++ {
			for x := 0; x < side*scale; x++ {
				img.SetGray(x, y, color.Gray{Y: 255})
				if dark[[2]int{x / scale, y / scale}] {
					img.SetGray(x, y, color.Gray{})
				}
			}
		}
		file := filepath.Join(t.TempDir(), "qr.png")
		var buf bytes.Buffer
		png.Encode(&buf, img)
		os.WriteFile(file, buf.Bytes(), 0o600)
		out, err := exec.Command(zbar, "--raw", "-q", "-Sbinary", file).Output()
		if err != nil {
			t.Fatalf("%d bytes: zbarimg: %v", len(text), err)
		}
		if got := strings.TrimSuffix(string(out), "\n"); got != text {
			t.Errorf("scanned %.60q, want %.60q", got, text)
		}
	}
}
