// Package golit writes a Go value as Go source: a composite literal that,
// compiled into the value's own package, rebuilds an equal value. It lets the
// build turn data that was decoded and validated natively (the question
// library) into Go data the wasm starts with, with no decoding at start-up.
//
// It is generic over the value's type, so new fields and new data need no
// change here. It reads unexported fields too (the literal is meant for the
// type's own package), keeps nil and empty slices and maps apart (so
// reflect.DeepEqual holds), qualifies named types of other packages and
// lists their imports, and refuses what a literal cannot rebuild: a pointer
// reached twice (the copy would lose the sharing), funcs, channels,
// interfaces, and set unexported fields of another package's types.
package golit

import (
	"bytes"
	"fmt"
	"go/format"
	"reflect"
	"sort"
	"strconv"
)

// Options say what to leave out and where the literal lives.
type Options struct {
	// Package is the import path of the package the literal is compiled in;
	// its named types are written unqualified. Named types of any other
	// package are refused.
	Package string
	// Skip reports whether a struct field is left at its zero value, for
	// derived data the package rebuilds (such as indexes).
	Skip func(owner reflect.Type, field reflect.StructField) bool
}

// Literal returns v as a gofmt-ed Go expression, and the import paths of
// the other packages it names, sorted.
func Literal(v any, opt Options) (lit []byte, imports []string, err error) {
	w := &writer{opt: opt, seen: map[uintptr]bool{}, imports: map[string]bool{}}
	if err := w.value(reflect.ValueOf(v), false); err != nil {
		return nil, nil, err
	}
	for path := range w.imports {
		imports = append(imports, path)
	}
	sort.Strings(imports)
	// Format the expression by wrapping it in a declaration.
	src := append([]byte("package p\n\nvar _ = "), w.buf.Bytes()...)
	out, err := format.Source(src)
	if err != nil {
		return nil, nil, fmt.Errorf("golit: the literal does not parse: %w", err)
	}
	return bytes.TrimPrefix(out, []byte("package p\n\nvar _ = ")), imports, nil
}

type writer struct {
	opt     Options
	buf     bytes.Buffer
	seen    map[uintptr]bool
	imports map[string]bool
}

// value writes v; elided says the type is implied by the enclosing
// composite literal and can be left out.
func (w *writer) value(v reflect.Value, elided bool) error {
	t := v.Type()
	switch t.Kind() {
	case reflect.Bool:
		return w.scalar(t, strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return w.scalar(t, strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return w.scalar(t, strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		return w.scalar(t, strconv.FormatFloat(v.Float(), 'g', -1, t.Bits()))
	case reflect.String:
		return w.scalar(t, strconv.Quote(v.String()))
	case reflect.Pointer:
		if v.IsNil() {
			return w.typed(t, "nil")
		}
		if w.seen[v.Pointer()] {
			return fmt.Errorf("golit: a %s is reached twice; a literal would make two copies", t)
		}
		w.seen[v.Pointer()] = true
		if t.Elem().Kind() != reflect.Struct {
			return fmt.Errorf("golit: pointer to %s: only pointers to structs have a literal", t.Elem())
		}
		if !elided {
			w.buf.WriteString("&")
		}
		return w.value(v.Elem(), elided)
	case reflect.Struct:
		if err := w.typeName(t, elided); err != nil {
			return err
		}
		w.buf.WriteString("{")
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fv := v.Field(i)
			if fv.IsZero() || (w.opt.Skip != nil && w.opt.Skip(t, f)) {
				continue
			}
			if f.Anonymous {
				return fmt.Errorf("golit: embedded field %s.%s is not supported", t, f.Name)
			}
			if !f.IsExported() && t.PkgPath() != w.opt.Package {
				return fmt.Errorf("golit: %s.%s is unexported: a literal in %s cannot set it", t, f.Name, w.opt.Package)
			}
			w.buf.WriteString("\n" + f.Name + ": ")
			if err := w.value(fv, false); err != nil {
				return err
			}
			w.buf.WriteString(",")
		}
		w.buf.WriteString("\n}")
		return nil
	case reflect.Slice:
		if v.IsNil() {
			return w.typed(t, "nil")
		}
		if err := w.typeName(t, elided); err != nil {
			return err
		}
		w.buf.WriteString("{")
		for i := 0; i < v.Len(); i++ {
			w.buf.WriteString("\n")
			if err := w.value(v.Index(i), true); err != nil {
				return err
			}
			w.buf.WriteString(",")
		}
		w.buf.WriteString("\n}")
		return nil
	case reflect.Map:
		if v.IsNil() {
			return w.typed(t, "nil")
		}
		if err := w.typeName(t, elided); err != nil {
			return err
		}
		keys := v.MapKeys()
		sortKeys(keys)
		w.buf.WriteString("{")
		for _, k := range keys {
			w.buf.WriteString("\n")
			if err := w.value(k, true); err != nil {
				return err
			}
			w.buf.WriteString(": ")
			if err := w.value(v.MapIndex(k), true); err != nil {
				return err
			}
			w.buf.WriteString(",")
		}
		w.buf.WriteString("\n}")
		return nil
	}
	return fmt.Errorf("golit: a %s (%s) has no literal", t, t.Kind())
}

// scalar writes a basic value, converted to its named type if it has one.
func (w *writer) scalar(t reflect.Type, lit string) error {
	if t.Name() == t.Kind().String() && t.PkgPath() == "" {
		w.buf.WriteString(lit)
		return nil
	}
	return w.typed(t, lit)
}

// typed writes T(lit).
func (w *writer) typed(t reflect.Type, lit string) error {
	name, err := w.name(t)
	if err != nil {
		return err
	}
	if t.Kind() == reflect.Pointer || t.Kind() == reflect.Func {
		name = "(" + name + ")"
	}
	w.buf.WriteString(name + "(" + lit + ")")
	return nil
}

func (w *writer) typeName(t reflect.Type, elided bool) error {
	if elided {
		return nil
	}
	name, err := w.name(t)
	w.buf.WriteString(name)
	return err
}

// name spells t in the literal's package.
func (w *writer) name(t reflect.Type) (string, error) {
	if t.Name() != "" {
		switch t.PkgPath() {
		case "", w.opt.Package:
			return t.Name(), nil
		}
		// t.String() is "pkgname.Name", with the package's own name.
		w.imports[t.PkgPath()] = true
		return t.String(), nil
	}
	switch t.Kind() {
	case reflect.Pointer:
		n, err := w.name(t.Elem())
		return "*" + n, err
	case reflect.Slice:
		n, err := w.name(t.Elem())
		return "[]" + n, err
	case reflect.Map:
		k, err := w.name(t.Key())
		if err != nil {
			return "", err
		}
		e, err := w.name(t.Elem())
		return "map[" + k + "]" + e, err
	}
	return "", fmt.Errorf("golit: a %s has no literal", t)
}

// sortKeys orders map keys so the output is stable.
func sortKeys(keys []reflect.Value) {
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		switch a.Kind() {
		case reflect.String:
			return a.String() < b.String()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return a.Int() < b.Int()
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			return a.Uint() < b.Uint()
		case reflect.Bool:
			return !a.Bool() && b.Bool()
		}
		return fmt.Sprint(a) < fmt.Sprint(b)
	})
}
