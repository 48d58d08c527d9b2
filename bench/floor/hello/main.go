// Command hello prints one line: bench/editors.sh times it as the floor of any Go process on
// the machine, next to farewell's own start-up.
package main

import "fmt"

func main() { fmt.Println("hello") }
