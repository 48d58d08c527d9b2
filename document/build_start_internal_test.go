package document

import (
	"reflect"
	"testing"
)

// TestStartEmpty checks that Start leaves a builder as Flush followed by the new role, key
// and escaping does, whatever was fed before (nothing, white space, text, link text, template
// blocks and branches): its way without Flush, when nothing is open, must be Flush's.
func TestStartEmpty(t *testing.T) {
	src := []byte("  Hi {{#if a}}you{{else}}them{{/if}} and {{x}}, bye  ")
	tpl := FindTemplates(src)
	type op func(b *Builder)
	ops := []op{
		func(*Builder) {},
		func(b *Builder) { b.Text(0, 2) },                      // white space only
		func(b *Builder) { b.Text(0, 5) },                      // text
		func(b *Builder) { b.BeginCTA() },                      // link text opened, none written
		func(b *Builder) { b.BeginCTA(); b.Text(2, 4) },        // link text
		func(b *Builder) { b.Text(0, 14) },                     // a template block opened
		func(b *Builder) { b.Text(5, 14) },                     // a block opened on an empty segment
		func(b *Builder) { b.Text(5, 30) },                     // a branch taken
		func(b *Builder) { b.Text(0, len(src)) },               // all of it
		func(b *Builder) { b.Text(0, 20); b.Start(1, "k", 0) }, // a Start inside a block
		func(b *Builder) { b.Text(5, 20); b.Flush() },
	}
	for i, first := range ops {
		for j, second := range ops {
			a, b := NewBuilder(src, tpl), NewBuilder(src, tpl)
			for _, x := range []*Builder{a, b} {
				first(x)
				x.Start(RoleBody, "a", EscapeHTML)
				second(x)
			}
			a.Start(RoleHeading, "b", EscapeJSON)
			b.Flush()
			b.role, b.key, b.escape = RoleHeading, "b", EscapeJSON
			if !reflect.DeepEqual(a, b) {
				t.Errorf("ops %d, %d: after Start %+v, after Flush %+v", i, j, a, b)
			}
		}
	}
}
