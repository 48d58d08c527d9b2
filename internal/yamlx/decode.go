package yamlx

import (
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/farewell-protocol/farewell/internal/suggest"
)

// Decode decodes node into out (a pointer to a struct, slice, map or scalar), rejecting
// unknown fields and wrong shapes with the position of the offending node. Struct fields use
// the `yaml:"name"` tag; a field `Pos Pos` tagged `yaml:"-"` receives the position of the
// struct's own mapping; a field of type String or Pairs keeps positions of its values; a
// scalar where a list is expected is read as a list of one.
func Decode(file string, node *yaml.Node, out any) error {
	d := &decoder{file: file, budget: DefaultMaxNodes}
	return d.value(node, reflect.ValueOf(out).Elem())
}

// DecodeAll is Decode that goes on past a problem: it decodes everything it can and returns
// every problem it met, in document order, each at its position. An unknown field names the
// known field nearest to it.
func DecodeAll(file string, node *yaml.Node, out any) []error {
	d := &decoder{file: file, budget: DefaultMaxNodes, all: true}
	if err := d.value(node, reflect.ValueOf(out).Elem()); err != nil {
		d.errs = append(d.errs, err)
	}
	return d.errs
}

type decoder struct {
	file   string
	budget int
	all    bool    // go on past problems, gathering them in errs
	errs   []error // the problems met, when all is set
}

// keep returns err to stop decoding, or, when every problem is gathered, records it and
// returns nil so that decoding goes on with the next field or item. A document that expands
// too far always stops.
func (d *decoder) keep(err error) error {
	if err == nil || !d.all || IsAliasBomb(err) {
		return err
	}
	d.errs = append(d.errs, err)
	return nil
}

var (
	stringType = reflect.TypeOf(String{})
	pairsType  = reflect.TypeOf(Pairs(nil))
	posType    = reflect.TypeOf(Pos{})
	nodeType   = reflect.TypeOf(yaml.Node{})
)

func (d *decoder) pos(n *yaml.Node) Pos { return NodePos(d.file, n) }

func (d *decoder) resolve(n *yaml.Node) (*yaml.Node, error) {
	for depth := 0; n.Kind == yaml.AliasNode; depth++ {
		if n.Alias == nil || depth > 100 {
			return nil, Errorf(d.pos(n), "alias %q does not resolve", n.Value)
		}
		n = n.Alias
	}
	d.budget--
	if d.budget < 0 {
		return nil, Errorf(d.pos(n), errTooLarge)
	}
	return n, nil
}

func (d *decoder) value(n *yaml.Node, v reflect.Value) error {
	n, err := d.resolve(n)
	if err != nil {
		return err
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		setPos(v, d.pos(n)) // an empty item still knows where it is
		return nil
	}
	switch {
	case v.Type() == stringType:
		if n.Kind != yaml.ScalarNode {
			return d.shape(n, "a string")
		}
		v.Set(reflect.ValueOf(String{Value: n.Value, Pos: d.pos(n)}))
		return nil
	case v.Type() == pairsType:
		return d.pairs(n, v)
	case v.Type() == nodeType:
		v.Set(reflect.ValueOf(*n))
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		return d.value(n, v.Elem())
	case reflect.Struct:
		return d.object(n, v)
	case reflect.Slice:
		return d.list(n, v)
	case reflect.Map:
		return d.mapping(n, v)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			return d.shape(n, "a string")
		}
		v.SetString(n.Value)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			return d.shape(n, "true or false")
		}
		v.SetBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
	case reflect.Int, reflect.Int64, reflect.Int32:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
			return d.shape(n, "a whole number")
		}
		i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
		if err != nil || v.OverflowInt(i) {
			return Errorf(d.pos(n), "%q is not a whole number in range", n.Value)
		}
		v.SetInt(i)
	case reflect.Float64:
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!float" && n.Tag != "!!int") {
			return d.shape(n, "a number")
		}
		f, err := strconv.ParseFloat(n.Value, 64)
		if err != nil || math.IsNaN(f) {
			return Errorf(d.pos(n), "%q is not a number", n.Value)
		}
		v.SetFloat(f)
	default:
		return Errorf(d.pos(n), "cannot decode into %s", v.Type())
	}
	return nil
}

func (d *decoder) shape(n *yaml.Node, want string) error {
	got := map[yaml.Kind]string{yaml.MappingNode: "a mapping", yaml.SequenceNode: "a list", yaml.ScalarNode: "a scalar"}[n.Kind]
	if n.Kind == yaml.ScalarNode {
		got = strconv.Quote(n.Value)
	}
	return Errorf(d.pos(n), "expected %s, found %s", want, got)
}

func (d *decoder) object(n *yaml.Node, v reflect.Value) error {
	if n.Kind != yaml.MappingNode {
		return d.shape(n, "a mapping")
	}
	t := v.Type()
	fields := map[string]int{}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			if f.Name == "Pos" && f.Type == posType {
				v.Field(i).Set(reflect.ValueOf(d.pos(n)))
			}
			continue
		}
		if name == "" || !f.IsExported() {
			continue
		}
		fields[name] = i
		names = append(names, name)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, err := d.resolve(n.Content[i])
		if err != nil {
			return err
		}
		idx, ok := fields[k.Value]
		if !ok {
			sort.Strings(names)
			if err := d.keep(Errorf(d.pos(k), "unknown field %q%s (known fields: %s)", k.Value, suggest.Hint(k.Value, names), strings.Join(names, ", "))); err != nil {
				return err
			}
			continue
		}
		if seen[k.Value] {
			if err := d.keep(Errorf(d.pos(k), "field %q is given twice", k.Value)); err != nil {
				return err
			}
			continue
		}
		seen[k.Value] = true
		if err := d.keep(d.value(n.Content[i+1], v.Field(idx))); err != nil {
			return err
		}
	}
	return nil
}

func (d *decoder) list(n *yaml.Node, v reflect.Value) error {
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	} else if n.Kind != yaml.ScalarNode || !scalarElem(v.Type().Elem()) {
		return d.shape(n, "a list")
	}
	// An item that does not decode is reported once and left out, so that no later check
	// reads it as an empty value without a position.
	s := reflect.MakeSlice(v.Type(), 0, len(items))
	for _, item := range items {
		elem := reflect.New(v.Type().Elem()).Elem()
		if err := d.value(item, elem); err != nil {
			if err := d.keep(err); err != nil {
				return err
			}
			continue
		}
		s = reflect.Append(s, elem)
	}
	v.Set(s)
	return nil
}

func scalarElem(t reflect.Type) bool {
	return t == stringType || t.Kind() == reflect.String
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value) error {
	if n.Kind != yaml.MappingNode {
		return d.shape(n, "a mapping")
	}
	if v.Type().Key().Kind() != reflect.String {
		return Errorf(d.pos(n), "cannot decode into %s", v.Type())
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, err := d.resolve(n.Content[i])
		if err != nil {
			return err
		}
		if k.Kind != yaml.ScalarNode {
			return d.shape(k, "a string key")
		}
		key := reflect.ValueOf(k.Value).Convert(v.Type().Key())
		if m.MapIndex(key).IsValid() {
			if err := d.keep(Errorf(d.pos(k), "key %q is given twice", k.Value)); err != nil {
				return err
			}
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		if err := d.value(n.Content[i+1], elem); err != nil {
			if err := d.keep(err); err != nil {
				return err
			}
			continue
		}
		m.SetMapIndex(key, elem)
	}
	v.Set(m)
	return nil
}

func (d *decoder) pairs(n *yaml.Node, v reflect.Value) error {
	if n.Kind != yaml.MappingNode {
		return d.shape(n, "a mapping")
	}
	out := make(Pairs, 0, len(n.Content)/2)
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		var p Pair
		if err := d.value(n.Content[i], reflect.ValueOf(&p.Key).Elem()); err != nil {
			return err
		}
		if seen[p.Key.Value] {
			if err := d.keep(Errorf(p.Key.Pos, "key %q is given twice", p.Key.Value)); err != nil {
				return err
			}
			continue
		}
		seen[p.Key.Value] = true
		if err := d.value(n.Content[i+1], reflect.ValueOf(&p.Values).Elem()); err != nil {
			if err := d.keep(err); err != nil {
				return err
			}
			continue
		}
		out = append(out, p)
	}
	v.Set(reflect.ValueOf(out))
	return nil
}

// setPos fills the `Pos` field (tagged `yaml:"-"`) of a struct value, if it has one.
func setPos(v reflect.Value, p Pos) {
	if v.Kind() != reflect.Struct {
		return
	}
	if f := v.FieldByName("Pos"); f.IsValid() && f.Type() == posType && f.CanSet() {
		f.Set(reflect.ValueOf(p))
	}
}
