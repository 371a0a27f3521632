// Package benchbrowser is what the measuring tools share (make lighthouse,
// make startprof, make answerprof): a static build served as a static host
// serves it, a headless Chromium tab with the benchmarks' assessment saved
// (app/internal/benchseed), and the main thread's CPU profile summed by Go
// function.
package benchbrowser

import (
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"time"
)

// Serve serves the static build in dir with `socready preview` on a free
// loopback port, once it answers.
func Serve(dir string) (origin string, stop func(), err error) {
	addr, err := FreeAddr()
	if err != nil {
		return "", nil, err
	}
	cmd := exec.Command("./bin/socready", "preview", "-dir", dir, "-addr", addr)
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop = func() { cmd.Process.Kill(); cmd.Wait() }
	origin = "http://" + addr
	if err := waitHTTP(origin + "/"); err != nil {
		stop()
		return "", nil, err
	}
	return origin, stop, nil
}

// FreeAddr is a loopback address whose port is free now.
func FreeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

func waitHTTP(url string) error {
	for range 100 {
		if res, err := http.Get(url); err == nil {
			res.Body.Close()
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("%s did not answer", url)
}
