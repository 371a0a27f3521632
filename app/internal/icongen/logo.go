package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"
)

// The logo lives in a unit square (0..1 on both axes, y down).
var (
	tileColor  = color.NRGBA{0x0e, 0x74, 0x90, 0xff} // --accent in assets/app.css
	shieldFill = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

const (
	tileRadius = 0.18 // corner radius of the rounded tile (regular icons)
	checkWidth = 0.075
	// maskableScale shrinks the drawing so it stays inside the 80% safe
	// zone that platforms may crop maskable icons to.
	maskableScale = 0.78
)

type pt struct{ x, y float64 }

// shield is the outline, flattened from two quadratic curves for the lower
// sides so the raster and the SVG path describe the same shape.
func shield() []pt {
	p := []pt{{0.5, 0.16}, {0.75, 0.25}, {0.75, 0.48}}
	p = append(p, quad(pt{0.75, 0.48}, pt{0.74, 0.72}, pt{0.5, 0.85}, 16)...)
	p = append(p, quad(pt{0.5, 0.85}, pt{0.26, 0.72}, pt{0.25, 0.48}, 16)...)
	return append(p, pt{0.25, 0.25})
}

var check = []pt{{0.37, 0.50}, {0.46, 0.60}, {0.64, 0.39}}

func quad(a, c, b pt, n int) []pt {
	out := make([]pt, 0, n)
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		out = append(out, pt{u*u*a.x + 2*u*t*c.x + t*t*b.x, u*u*a.y + 2*u*t*c.y + t*t*b.y})
	}
	return out
}

// render draws the logo at size×size with 4×4 supersampling. A maskable
// icon fills the whole square (the platform applies its own mask); a
// regular one is a rounded tile on a transparent background.
func render(size int, maskable bool) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	outline := shield()
	const ss = 4
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(size)
					c, ok := sample(x, y, maskable, outline)
					if !ok {
						continue
					}
					r += float64(c.R)
					g += float64(c.G)
					b += float64(c.B)
					a++
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(r/a + 0.5), G: uint8(g/a + 0.5), B: uint8(b/a + 0.5),
				A: uint8(a*255/(ss*ss) + 0.5),
			})
		}
	}
	return img
}

// sample returns the colour at (x, y) and false where the icon is transparent.
func sample(x, y float64, maskable bool, outline []pt) (color.NRGBA, bool) {
	if maskable {
		x = 0.5 + (x-0.5)/maskableScale
		y = 0.5 + (y-0.5)/maskableScale
	} else if !inRoundedSquare(x, y, tileRadius) {
		return color.NRGBA{}, false
	}
	p := pt{x, y}
	if inPolygon(p, outline) && !nearPolyline(p, check, checkWidth/2) {
		return shieldFill, true
	}
	return tileColor, true
}

func inRoundedSquare(x, y, r float64) bool {
	if x < 0 || y < 0 || x > 1 || y > 1 {
		return false
	}
	cx := math.Min(math.Max(x, r), 1-r)
	cy := math.Min(math.Max(y, r), 1-r)
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
}

// inPolygon is the even-odd rule.
func inPolygon(p pt, poly []pt) bool {
	in := false
	for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
		a, b := poly[i], poly[j]
		if (a.y > p.y) != (b.y > p.y) && p.x < (b.x-a.x)*(p.y-a.y)/(b.y-a.y)+a.x {
			in = !in
		}
	}
	return in
}

// nearPolyline reports whether p is within d of the line: a stroke with
// round caps and joins.
func nearPolyline(p pt, line []pt, d float64) bool {
	for i := 1; i < len(line); i++ {
		if segDist(p, line[i-1], line[i]) <= d {
			return true
		}
	}
	return false
}

func segDist(p, a, b pt) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	t := ((p.x-a.x)*dx + (p.y-a.y)*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(p.x-(a.x+t*dx), p.y-(a.y+t*dy))
}

func encodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// svg writes the regular (rounded tile) icon on a 512 grid.
func svg() string {
	const s = 512.0
	f := func(v float64) string {
		return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.1f", v*s), "0"), ".")
	}
	hex := func(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
	var path strings.Builder
	for i, p := range shield() {
		if i == 0 {
			path.WriteString("M")
		} else {
			path.WriteString("L")
		}
		path.WriteString(f(p.x) + " " + f(p.y))
	}
	path.WriteString("Z")
	var stroke strings.Builder
	for i, p := range check {
		if i == 0 {
			stroke.WriteString("M")
		} else {
			stroke.WriteString("L")
		}
		stroke.WriteString(f(p.x) + " " + f(p.y))
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` +
		`<rect width="512" height="512" rx="` + f(tileRadius) + `" fill="` + hex(tileColor) + `"/>` +
		`<path d="` + path.String() + `" fill="` + hex(shieldFill) + `"/>` +
		`<path d="` + stroke.String() + `" fill="none" stroke="` + hex(tileColor) + `" stroke-width="` + f(checkWidth) +
		`" stroke-linecap="round" stroke-linejoin="round"/></svg>` + "\n"
}
