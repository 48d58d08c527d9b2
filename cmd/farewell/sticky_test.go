package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// fullDisk fails every write, as standard output redirected to a full disk does.
type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestLostOutputFails checks that a command whose output could not be written exits 2 and
// says why once, whether it writes a report, a table or a line.
func TestLostOutputFails(t *testing.T) {
	for _, args := range [][]string{
		{"lint", "-", "--stdin-filename", "a.txt"},
		{"rules"},
		{"rules", "explain", "confirmshaming"},
		{"rules", "test"},
		{"version"},
	} {
		var stderr bytes.Buffer
		code := run(context.Background(), args, strings.NewReader("Please don't go!\n"), fullDisk{}, &stderr)
		if code != exitUsage || strings.Count(stderr.String(), "no space left on device") != 1 {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 and the write error said once", args, code, stderr.String())
		}
	}
}
