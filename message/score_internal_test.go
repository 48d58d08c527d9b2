package message

import (
	"strconv"
	"strings"
	"testing"
)

// TestCapReason checks that the cap's reason, written once as a constant, names ErrorCap.
func TestCapReason(t *testing.T) {
	if !strings.HasSuffix(capReason, " "+strconv.Itoa(ErrorCap)) {
		t.Errorf("capReason %q does not end with ErrorCap %d", capReason, ErrorCap)
	}
}
