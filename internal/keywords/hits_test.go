package keywords

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// longKeywords share 8-byte prefixes and differ past them at each byte of the signature and
// after it, so that a scan checks several long keywords where one prefix ends.
var longKeywords = []string{
	"you have been", "you have", "you have bee", "you have b", "you have been gone",
	"you have been here", "you have been there", "unsubscribe", "unsubscribed", "unsubscribe now",
	"unsubscribe-me", "’s sad", "aaaaaaaaaa", "aaaaaaaaa", "aaa", "e", "be", "here", "now!",
}

// scanList returns the hits Scan reports, in its order.
func scanList(p *Automaton, s string) []Hit {
	var out []Hit
	p.Scan(s, func(id, start, end int) {
		if end-start != int(p.Len(int32(id))) {
			panic("a hit's end is not its start plus the keyword's length")
		}
		out = append(out, Hit{int32(id), int32(start)})
	})
	return out
}

// randomText returns n bytes made of pieces of the keywords, in random case, with spaces and
// other bytes between.
func randomText(r *rand.Rand, keywords []string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		switch r.IntN(4) {
		case 0:
			b.WriteString(" ")
		case 1:
			b.WriteByte(byte(r.IntN(256)))
		default:
			kw := keywords[r.IntN(len(keywords))]
			kw = kw[:1+r.IntN(len(kw))]
			if r.IntN(2) == 0 {
				kw = strings.ToUpper(kw)
			}
			b.WriteString(kw)
		}
	}
	return b.String()[:n]
}

// TestAppendHitsMatchesScan checks that AppendHits reports what Scan does, in the same order,
// on texts of every length around the split into two walks, with one scratch reused from
// text to text and a fresh one, and that both agree with brute force.
func TestAppendHitsMatchesScan(t *testing.T) {
	for _, kws := range [][]string{testKeywords, longKeywords} {
		p := New(kws)
		r := rand.New(rand.NewPCG(1, 2))
		var sc Scratch
		for n := 0; n < 3*splitMin+40; n++ {
			for range 20 {
				s := randomText(r, kws, n)
				want := scanList(p, s)
				got := p.AppendHits(nil, s, &sc)
				if !slices.Equal(got, want) {
					t.Fatalf("AppendHits(%q) = %v, Scan gives %v", s, got, want)
				}
				if fresh := p.AppendHits([]Hit{{-1, -1}}, s, &Scratch{}); !slices.Equal(fresh[1:], want) || fresh[0] != (Hit{-1, -1}) {
					t.Fatalf("AppendHits(%q) with a new scratch = %v, want %v after the hit given", s, fresh, want)
				}
				if got, want := scanHits(p, s), naiveHits(kws, s); !slices.Equal(got, want) {
					t.Fatalf("scan(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestAppendHitsDense checks texts where keywords end after every byte, so that each of the
// two walks records as many ends as it can.
func TestAppendHitsDense(t *testing.T) {
	p := New(testKeywords)
	for n := 0; n < 3*splitMin+40; n++ {
		s := strings.Repeat("A", n)
		if got, want := p.AppendHits(nil, s, &Scratch{}), scanList(p, s); !slices.Equal(got, want) || len(want) != max(2*n-1, 0) {
			t.Fatalf("AppendHits of %d a's = %v, Scan gives %v", n, got, want)
		}
	}
}

// TestAppendHitsLongText checks a text longer than AppendHits records in 32 bits, and one
// of exactly that length, against Scan.
func TestAppendHitsLongText(t *testing.T) {
	p := New(longKeywords)
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{maxSplit, maxSplit + 1, 3 * maxSplit} {
		s := randomText(r, longKeywords, n)
		if got, want := p.AppendHits(nil, s, &Scratch{}), scanList(p, s); !slices.Equal(got, want) {
			t.Fatalf("AppendHits of %d bytes finds %d hits, Scan %d", n, len(got), len(want))
		}
	}
}

// TestAppendHitsWide checks AppendHits with 32-bit state numbers, which it scans as Scan does.
func TestAppendHitsWide(t *testing.T) {
	p := Build(longKeywords, true)
	s := "You have been there: UNSUBSCRIBE now! unsubscribe-me"
	if got, want := p.AppendHits(nil, s, &Scratch{}), scanList(p, s); !slices.Equal(got, want) || len(got) == 0 {
		t.Fatalf("AppendHits = %v, Scan gives %v", got, want)
	}
}

func TestAppendHitsAllocations(t *testing.T) {
	p := New(longKeywords)
	s := strings.Repeat("You have been there, unsubscribe now! ", 4)
	var sc Scratch
	dst := p.AppendHits(nil, s, &sc)
	if a := testing.AllocsPerRun(100, func() { dst = p.AppendHits(dst[:0], s, &sc) }); a != 0 {
		t.Errorf("AppendHits allocates %v times per run with its room grown, want 0", a)
	}
}

// TestLoadChecksEntries checks that Encode and Load give back the automaton, and that Load
// refuses a table whose output entries give a keyword another length.
func TestLoadChecksEntries(t *testing.T) {
	p := New(longKeywords)
	enc := Encode(p)
	a, ok := Load(string(enc), longKeywords)
	if !ok {
		t.Fatal("Load refuses Encode's table")
	}
	s := "you have been there, UNSUBSCRIBED"
	if got, want := scanList(a, s), scanList(p, s); !slices.Equal(got, want) {
		t.Fatalf("loaded automaton finds %v, built one %v", got, want)
	}
	// The states' info and the first entry's length, past the header, the classes, the
	// keywords and where they start.
	kwBytes := int(LE32(string(enc), len(tableMagic)+12))
	starts := tableHeader + 256 + kwBytes
	info := starts + 4*(len(longKeywords)+1)
	at := info + 4*len(p.info) + 4
	bad := slices.Clone(enc)
	bad[at]++
	if _, ok := Load(string(bad), longKeywords); ok {
		t.Error("Load accepts a table whose entry gives a keyword another length")
	}
	// A keyword that starts a byte later, or one past the text, is refused.
	for _, k := range []int{1, len(longKeywords)} {
		bad := slices.Clone(enc)
		bad[starts+4*k]++
		if _, _, ok := LoadOwn(string(bad)); ok {
			t.Errorf("LoadOwn accepts a table whose keyword %d ends elsewhere", k-1)
		}
	}
	singles, runs := 0, 0
	for s, v := range p.info {
		bad := slices.Clone(enc)
		switch {
		case v == 0:
			continue
		case v&runBit == 0:
			singles++
			bad[info+4*s+3] ^= 1 << (singleBits - 24) // the length one more or one less
		default:
			runs++
			binary.LittleEndian.PutUint32(bad[info+4*s:], runBit|uint32(len(p.outs)/entrySize))
		}
		if _, ok := Load(string(bad), longKeywords); ok {
			t.Errorf("Load accepts a table whose state %d has info %#x rather than %#x", s, LE32(string(bad), info+4*s), v)
		}
	}
	if singles == 0 || runs == 0 {
		t.Errorf("%d states of one keyword and %d of a run of them, want some of each", singles, runs)
	}
	bad = slices.Clone(enc)
	last := info + 4*len(p.info) + 4*len(p.outs) - 8 + 3
	bad[last] &^= lastBit >> 24
	if _, ok := Load(string(bad), longKeywords); ok {
		t.Error("Load accepts a table whose last run does not end")
	}
}

func TestScratchShrink(t *testing.T) {
	p := New(longKeywords)
	var sc Scratch
	p.AppendHits(nil, strings.Repeat("you have been ", 100), &sc)
	room := cap(sc.ends)
	if sc.Shrink(room); cap(sc.ends) != room {
		t.Errorf("Shrink(%d) drops room for %d entries", room, room)
	}
	if sc.Shrink(room - 1); sc.ends != nil {
		t.Errorf("Shrink(%d) keeps room for %d entries", room-1, room)
	}
}
