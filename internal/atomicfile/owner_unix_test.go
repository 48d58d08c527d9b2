//go:build unix

package atomicfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestKeepsOwnerGroupAndSetgid replaces a file owned by another user and group, with the
// set-group-ID bit: all three survive. Only root may give a file away.
func TestKeepsOwnerGroupAndSetgid(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root can give a file to another owner")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	old := writeOld(t, p, 0o644)
	if err := os.Chown(p, 1234, 5678); err != nil {
		t.Skip(err)
	}
	if err := os.Chmod(p, 0o664|os.ModeSetgid); err != nil {
		t.Fatal(err)
	}
	if err := Replace(p, dir, old, []byte("new")); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(p)
	st := info.Sys().(*syscall.Stat_t)
	if st.Uid != 1234 || st.Gid != 5678 || info.Mode()&os.ModeSetgid == 0 || info.Mode().Perm() != 0o664 {
		t.Errorf("owner %d, group %d, mode %v", st.Uid, st.Gid, info.Mode())
	}
}
