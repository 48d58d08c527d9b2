package dfa

import (
	"encoding/binary"
	"errors"
	"fmt"
	"regexp/syntax"
	"unicode/utf8"
)

// The encoding of a filter (Encoding, Decode) is the expression's program reduced to what the
// automaton follows, with the byte classes and the rune matchers' verdict on each class:
//
//	a header: the version (encodingVersion), 1 when instruction fields are 32 bits wide (0:
//	16 bits), the class count and a zero byte; then the instruction count, the start
//	instruction and the matcher count as little-endian uint32;
//	the class of each ASCII byte (128 bytes); the class of the runes from U+0080 up is the last;
//	a byte per class, 1 where its bytes are word characters as \b sees them;
//	a byte per class, 1 for the class of '\n';
//	a bit per matcher and class, bit m*nclass+c (least significant first) set where matcher m
//	consumes the runes of class c;
//	the instructions: an op (opAlt...), then out and arg, each 16 or 32 bits.
//
// Building it parses and compiles the expression, which costs an editor's run more than the
// rest of its first lint; a table of encodings made ahead of time (see package rules) spares
// that.
const encodingVersion = 1

// headerSize is the size of the encoding's header.
const headerSize = 4 + 3*4

// Instruction ops of an encoding. Captures and no-ops are opNop; failing instructions, opFail.
const (
	opFail  = iota
	opAlt   // either out or arg
	opNop   // on to out
	opEmpty // on to out where the empty-width assertions arg (a syntax.EmptyOp) hold
	opRune  // on to out past a rune that matcher arg consumes
	opMatch // a match ends here
)

// encode returns the encoding of prog.
func encode(prog *syntax.Prog) string {
	// Instructions that accept the same runes share a matcher.
	type matcherKey struct {
		op    syntax.InstOp
		fold  bool
		runes string
	}
	ids := map[matcherKey]uint32{}
	var reps []*syntax.Inst
	matcher := make([]uint32, len(prog.Inst))
	for pc := range prog.Inst {
		inst := &prog.Inst[pc]
		if !isRune(inst.Op) {
			continue
		}
		k := matcherKey{op: inst.Op, fold: syntax.Flags(inst.Arg)&syntax.FoldCase != 0, runes: string(inst.Rune)}
		id, ok := ids[k]
		if !ok {
			id = uint32(len(reps))
			ids[k] = id
			reps = append(reps, inst)
		}
		matcher[pc] = id
	}
	// A byte's signature: word character, newline, then which matchers accept it. The bytes
	// of one signature form a class.
	ascii := make([][utf8.RuneSelf]bool, len(reps))
	for m, inst := range reps {
		asciiAccepted(inst, &ascii[m])
	}
	classes := map[string]uint8{}
	var classOf [utf8.RuneSelf]byte
	var first []rune // a byte of each class
	sig := make([]byte, 2+len(reps))
	for r := rune(0); r < utf8.RuneSelf; r++ {
		sig[0], sig[1] = boolByte(syntax.IsWordChar(r)), boolByte(r == '\n')
		for m := range reps {
			sig[2+m] = boolByte(ascii[m][r])
		}
		c, ok := classes[string(sig)]
		if !ok {
			c = uint8(len(first))
			classes[string(sig)] = c
			first = append(first, r)
		}
		classOf[r] = c
	}
	nclass := len(first) + 1 // and the class of the runes from U+0080 up
	wide := len(prog.Inst) > 1<<16 || len(reps) > 1<<16
	out := []byte{encodingVersion, boolByte(wide), byte(nclass), 0}
	for _, n := range []int{len(prog.Inst), prog.Start, len(reps)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(n))
	}
	out = append(out, classOf[:]...)
	for _, r := range first {
		out = append(out, boolByte(syntax.IsWordChar(r)))
	}
	out = append(out, 0)
	for _, r := range first {
		out = append(out, boolByte(r == '\n'))
	}
	out = append(out, 0)
	bits := make([]byte, (len(reps)*nclass+7)/8)
	for m, inst := range reps {
		for c := range nclass {
			acc := c == nclass-1 && acceptsNonASCII(inst) || c < nclass-1 && ascii[m][first[c]]
			if i := m*nclass + c; acc {
				bits[i/8] |= 1 << (i % 8)
			}
		}
	}
	out = append(out, bits...)
	for pc := range prog.Inst {
		inst := &prog.Inst[pc]
		op, arg := opFail, uint32(0)
		switch {
		case inst.Op == syntax.InstAlt || inst.Op == syntax.InstAltMatch:
			op, arg = opAlt, inst.Arg
		case inst.Op == syntax.InstCapture || inst.Op == syntax.InstNop:
			op = opNop
		case inst.Op == syntax.InstEmptyWidth:
			op, arg = opEmpty, inst.Arg
		case isRune(inst.Op):
			op, arg = opRune, matcher[pc]
		case inst.Op == syntax.InstMatch:
			op = opMatch
		}
		out = append(out, byte(op))
		if wide {
			out = binary.LittleEndian.AppendUint32(out, inst.Out)
			out = binary.LittleEndian.AppendUint32(out, arg)
		} else {
			out = binary.LittleEndian.AppendUint16(out, uint16(inst.Out))
			out = binary.LittleEndian.AppendUint16(out, uint16(arg))
		}
	}
	return string(out)
}

func isRune(op syntax.InstOp) bool {
	switch op {
	case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		return true
	}
	return false
}

// errEncoding is the error of an encoding Decode cannot read.
var errEncoding = errors.New("dfa: malformed filter encoding")

// Decode returns the filter whose encoding (see Encoding) is code. The filter reads its
// program from code in place: a table of encodings embedded in the binary is read only where
// the states a text needs are built.
func Decode(code string) (*Filter, error) {
	return decode(code, true)
}

// DecodeTrusted is Decode for an encoding known to be well formed, one Decode read without
// error when the program was built (a table embedded in the binary, which its tests decode
// in full): it checks the header and the lengths, not each instruction, whose check costs a
// short run more than building the states it needs.
func DecodeTrusted(code string) (*Filter, error) {
	return decode(code, false)
}

// decode reads an encoding, checking each instruction when check is set.
func decode(code string, check bool) (*Filter, error) {
	if len(code) < headerSize+utf8.RuneSelf || code[0] != encodingVersion || code[1] > 1 || code[3] != 0 {
		return nil, errEncoding
	}
	u32 := func(off int) int { return int(le32(code[off:])) }
	f := &Filter{code: code, wide: code[1] == 1, nclass: int32(code[2])}
	ninst, start, nmatch := u32(4), u32(8), u32(12)
	width := 5
	if f.wide {
		width = 9
	}
	nclass := int(f.nclass)
	if nclass < 2 || ninst == 0 || start >= ninst || ninst > len(code)/width || nmatch > len(code)*8/nclass {
		return nil, errEncoding
	}
	off := headerSize
	copy(f.classOf[:], code[off:])
	off += utf8.RuneSelf
	naccept := (nmatch*nclass + 7) / 8
	if len(code) != off+2*nclass+naccept+ninst*width {
		return nil, errEncoding
	}
	f.word, f.newline = code[off:off+nclass], code[off+nclass:off+2*nclass]
	off += 2 * nclass
	f.acceptBits = code[off : off+naccept]
	f.insts = code[off+naccept:]
	f.entry, f.ninst, f.nonASCII = uint32(start), ninst, uint8(nclass-1)
	for _, c := range f.classOf {
		if int(c) >= nclass-1 {
			return nil, fmt.Errorf("%w: byte class %d of %d", errEncoding, c, nclass)
		}
	}
	for pc := range uint32(ninst) {
		if !check {
			break
		}
		op, out, arg := f.inst(pc)
		if op > opMatch || op != opMatch && op != opFail && int(out) >= ninst ||
			op == opAlt && int(arg) >= ninst || op == opRune && int(arg) >= nmatch {
			return nil, fmt.Errorf("%w: instruction %d", errEncoding, pc)
		}
	}
	f.initMasks()
	f.scratch.init(ninst)
	f.reset()
	return f, nil
}

// Encoding returns the filter's encoding, which Decode turns back into the filter, for tables
// of filters built ahead of time.
func (f *Filter) Encoding() string {
	return f.code
}

// inst returns instruction pc's op, out and arg.
func (f *Filter) inst(pc uint32) (op byte, out, arg uint32) {
	if f.wide {
		s := f.insts[9*int(pc) : 9*int(pc)+9]
		return s[0], le32(s[1:]), le32(s[5:])
	}
	s := f.insts[5*int(pc) : 5*int(pc)+5]
	return s[0], uint32(s[1]) | uint32(s[2])<<8, uint32(s[3]) | uint32(s[4])<<8
}

// accepts reports whether matcher m consumes the runes of class cls.
func (f *Filter) accepts(m uint32, cls int32) bool {
	i := uint(m)*uint(f.nclass) + uint(cls)
	return f.acceptBits[i/8]>>(i%8)&1 != 0
}

func le32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
