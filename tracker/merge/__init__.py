"""Merging programme files under git: the merge driver and the set-up that enables it.

`driver` merges one file that changed on both sides; `setup` writes
`.gitattributes` and the repository's `merge.ggp.driver` setting. Every git call
goes through `git.run_git`.
"""
