// Command prose links the part-of-speech library farewell requires and does nothing else:
// bench/editors.sh times it as the floor that library's package initialisation sets for any
// process that links it, farewell's included.
package main

import (
	"fmt"

	_ "github.com/jdkato/prose/v2" // linked for its package initialisation alone
)

func main() { fmt.Println("prose linked") }
