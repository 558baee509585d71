// An empty module: bench/bench.html times importing it, the floor under importing the glue.
export {};
