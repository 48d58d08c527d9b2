//go:build !unix

package lint

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// openRegular opens a regular file for reading and returns it with its size; anything else is
// an error. It asks before opening: opening a named pipe or a device could block for
// ever.
func openRegular(name string) (io.ReadCloser, int64, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, 0, unwrapPathError(err)
	}
	switch {
	case info.IsDir():
		return nil, 0, errors.New("is a directory")
	case !info.Mode().IsRegular():
		return nil, 0, fmt.Errorf("not a regular file (%s)", info.Mode().Type())
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, unwrapPathError(err)
	}
	return f, info.Size(), nil
}
