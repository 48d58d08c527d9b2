//go:build unix

package lint

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"syscall"
)

// openRegular opens a regular file for reading and returns it with its size; anything else is
// an error. It opens without blocking, so that a named pipe or a device cannot hold the run,
// and asks the open file what it is: one path lookup a file rather than two, and none of the
// poller's work that an *os.File does for a descriptor that may not block.
func openRegular(name string) (io.ReadCloser, int64, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		return nil, 0, err
	}
	var st syscall.Stat_t
	err = syscall.Fstat(fd, &st)
	if err == nil {
		mode := fs.FileMode(st.Mode & syscall.S_IFMT)
		switch {
		case mode == syscall.S_IFDIR:
			err = errors.New("is a directory")
		case mode != syscall.S_IFREG:
			err = fmt.Errorf("not a regular file (%s)", fileType(mode))
		}
	}
	if err != nil {
		_ = syscall.Close(fd) // read only: closing loses nothing
		return nil, 0, err
	}
	return descriptor(fd), st.Size, nil
}

// fileType names the type of a file that is not regular, as fs.FileMode.Type prints it.
func fileType(ifmt fs.FileMode) fs.FileMode {
	switch ifmt {
	case syscall.S_IFIFO:
		return fs.ModeNamedPipe
	case syscall.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFBLK:
		return fs.ModeDevice
	case syscall.S_IFSOCK:
		return fs.ModeSocket
	case syscall.S_IFLNK:
		return fs.ModeSymlink
	}
	return fs.ModeIrregular
}

// descriptor is an open file read with plain system calls.
type descriptor int

// Read reads up to len(p) bytes; it returns io.EOF at the end of the file.
func (d descriptor) Read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(int(d), p)
		switch {
		case errors.Is(err, syscall.EINTR):
			continue
		case err != nil:
			return 0, err
		case n == 0 && len(p) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

// Close closes the descriptor.
func (d descriptor) Close() error { return syscall.Close(int(d)) }
