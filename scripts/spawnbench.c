// Times commands in turn, many rounds, and prints each one's median, 25th percentile and minimum
// wall time and its median's ratio to the last command's. Interleaving the commands keeps a
// shared machine's drifting speed out of the ratios (BENCHMARKS.md).
//
//   gcc -O2 -o target/spawnbench scripts/spawnbench.c
//   target/spawnbench 500 "target/release/teams-update-check check OLD NEW"
//                         "target/release/teams-update-check --version"   (one line)
//
// Each command is split at spaces (no quoting) and run with posix_spawn, its output to /dev/null;
// 20 warm-up rounds are not counted. At most 16 commands of at most 63 words.
#define _GNU_SOURCE
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <fcntl.h>
extern char **environ;
static int cmp(const void *a, const void *b) { double x = *(double*)a, y = *(double*)b; return x < y ? -1 : x > y; }
int main(int argc, char **argv) {
  if (argc < 3 || argc - 2 > 16) { fprintf(stderr, "usage: spawnbench ROUNDS CMD... (1 to 16 commands)\n"); return 2; }
  int rounds = atoi(argv[1]), n = argc - 2;
  if (rounds < 1) { fprintf(stderr, "spawnbench: ROUNDS must be at least 1\n"); return 2; }
  char **args[16]; double *t[16];
  for (int i = 0; i < n; i++) {
    args[i] = calloc(64, sizeof(char*)); int k = 0;
    char *s = strdup(argv[i + 2]);
    for (char *tok = strtok(s, " "); tok && k < 63; tok = strtok(NULL, " ")) args[i][k++] = tok;
    t[i] = calloc(rounds, sizeof(double));
  }
  posix_spawn_file_actions_t fa; posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  for (int r = -20; r < rounds; r++)
    for (int i = 0; i < n; i++) {
      struct timespec a, b; pid_t pid; int st;
      clock_gettime(CLOCK_MONOTONIC, &a);
      if (posix_spawn(&pid, args[i][0], &fa, NULL, args[i], environ) != 0) {
        fprintf(stderr, "spawnbench: cannot run %s\n", args[i][0]);
        return 1;
      }
      waitpid(pid, &st, 0);
      clock_gettime(CLOCK_MONOTONIC, &b);
      if (r >= 0) t[i][r] = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
    }
  double base = 0;
  for (int i = n - 1; i >= 0; i--) { qsort(t[i], rounds, sizeof(double), cmp); if (i == n - 1) base = t[i][rounds / 2]; }
  for (int i = 0; i < n; i++)
    printf("%-60.60s median %.3f  p25 %.3f  min %.3f  ratio %.2f\n", argv[i + 2], t[i][rounds / 2], t[i][rounds / 4], t[i][0], t[i][rounds / 2] / base);
}
