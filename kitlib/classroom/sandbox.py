"""The sandbox a submitted notebook runs in: what it can see, what it can change, how long it lives.

:mod:`kitlib.classroom.grading` runs each notebook through :func:`run`. On
Linux, when the machine allows it (root, or unprivileged user namespaces), the
notebook's worker process and everything it starts run in new Linux
namespaces (``unshare``):

- **network**: a namespace of its own with only the loopback interface (the
  kernel talks to its worker over it); nothing outside can be reached;
- **processes**: a PID namespace whose first process is :func:`init_main`;
  when the notebook is done, or its time is up, every process in it is killed,
  so nothing a notebook starts (a double-forked daemon included) outlives it.
  It cannot see the grader or any other process, so not the grader's command
  line either. At most ``processes`` processes and threads exist at once
  (the namespace's ``pid_max``);
- **files**: a mount namespace in which every file system is read-only; the
  top-level folders other than the system's (``/usr``, ``/etc``, ``/lib`` ...)
  are replaced by empty ones, so the submissions, the gradebook, the teacher's
  home and everything else are out of sight; only Python's environment and
  the kit's ``kitlib`` and ``data`` folders (read-only) are put back, and a
  fresh, size-limited ``/tmp`` (in memory, so a notebook cannot fill the disk)
  holds the notebook's own folder (its copy of the notebook and the student's
  own files) and a scratch home; only the worker's report comes back out;
- **user**: the worker drops every privilege before it starts (another user
  id when the grader runs as root, no capabilities and no way to gain them in
  any case), so it cannot undo any of the above.

Limits on memory (``RLIMIT_AS``, per process), file size and open files are
set for every process, and the environment is built from nothing (no token
or setting of the teacher's reaches the notebook).

Where namespaces are not available (:func:`probe` says why), :func:`run` runs
the worker as a plain process: its own process group and session, the same
limits and clean environment, another user id when the grader runs as root;
but the network is on, files the grader's account can read are readable, and
a process that leaves the group can outlive the notebook. The grader then
marks its gradebook *advisory* and says so.
"""

from __future__ import annotations

import ctypes
import fcntl
import json
import os
import re
import resource
import shutil
import signal
import socket
import stat
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kitlib.data import ROOT

__all__ = [
    "COPIED_OUT",
    "FIRST_UID",
    "KEEP_IN_KIT",
    "Limits",
    "MAX_COPIED_OUT",
    "Outcome",
    "SANDBOX_HOME",
    "SYSTEM_FOLDERS",
    "SYSTEM_LIBRARIES",
    "clean_environment",
    "init_main",
    "probe",
    "run",
]

#: Top-level folders left in sight (read-only): what Python and the kernel need to run,
#: with every ``lib*`` folder (``lib``, ``lib64``, ``libx32`` …, see SYSTEM_LIBRARIES).
SYSTEM_FOLDERS = ("usr", "bin", "sbin", "etc", "proc", "sys", "dev")

#: The system's library folders at the top level: ``lib``, ``lib32``, ``lib64``, ``libx32``.
SYSTEM_LIBRARIES = re.compile(r"lib(32|64|x32)?")

#: The parts of the kit a notebook sees (read-only): the library and its data, nothing else.
KEEP_IN_KIT = ("kitlib", "data")

#: Where the notebook's own folder (the staging folder) appears inside the sandbox.
SANDBOX_HOME = "/tmp/grade"

#: A user id for the notebook when the grader runs as root (another one per run, from here on).
FIRST_UID = 200_000

# mount(2) flags
_MS_RDONLY, _MS_NOSUID, _MS_NODEV, _MS_NOEXEC, _MS_REMOUNT = 1, 2, 4, 8, 32
_MS_NOATIME, _MS_NODIRATIME, _MS_BIND, _MS_REC, _MS_PRIVATE = 1024, 2048, 4096, 16384, 1 << 18
_MS_RELATIME, _MS_STRICTATIME = 1 << 21, 1 << 24
_OPTION_FLAGS = {"nosuid": _MS_NOSUID, "nodev": _MS_NODEV, "noexec": _MS_NOEXEC,
                 "noatime": _MS_NOATIME, "nodiratime": _MS_NODIRATIME,
                 "relatime": _MS_RELATIME, "strictatime": _MS_STRICTATIME}  # fmt: skip
# prctl(2)
_PR_SET_NO_NEW_PRIVS, _PR_CAPBSET_DROP, _PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL = 38, 24, 47, 4


@dataclass(frozen=True)
class Limits:
    """What one notebook may use.

    ``memory_mb`` is the address space of each process (``RLIMIT_AS``);
    ``processes`` the processes and threads that may exist at once;
    ``output_mb`` what a cell may print; ``file_mb`` the largest file it may write;
    ``tmp_mb`` the size of its ``/tmp``.
    """

    notebook_seconds: float = 300
    cell_seconds: float = 120
    memory_mb: int = 4096
    processes: int = 400
    output_mb: float = 10
    file_mb: int = 100
    tmp_mb: int = 256


@dataclass(frozen=True)
class Outcome:
    """How a sandboxed run ended: ``reason`` is "" when the worker finished on its own."""

    isolated: bool
    reason: str
    detail: str = ""


@dataclass(frozen=True)
class _Isolation:
    flags: tuple[str, ...]
    why_not: str


def clean_environment(home: str, *, python: str = sys.executable) -> dict[str, str]:
    """The environment of a graded notebook: built from nothing, nothing of the teacher's."""
    venv_bin = str(Path(python).parent)
    return {
        "PATH": f"{venv_bin}:/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "USER": "student",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TMPDIR": "/tmp",
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONNOUSERSITE": "1",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": f"{home}/.matplotlib",
        "IPYTHONDIR": f"{home}/.ipython",
        "JUPYTER_CONFIG_DIR": f"{home}/.jupyter",
        "JUPYTER_RUNTIME_DIR": f"{home}/.jupyter/runtime",
        "JUPYTER_DATA_DIR": f"{home}/.local/share/jupyter",
        "JUPYTER_PLATFORM_DIRS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "NUMEXPR_NUM_THREADS": "1",
    }


# --------------------------------------------------------------------------
# Is a sandbox possible here?
# --------------------------------------------------------------------------


def _unshare_flags(user: bool) -> tuple[str, ...]:
    flags = ("--mount", "--pid", "--net", "--fork", "--mount-proc", "--kill-child")
    return (("--user", "--map-root-user") if user else ()) + flags


@cache
def _isolation() -> _Isolation:
    if not sys.platform.startswith("linux"):
        return _Isolation((), f"Linux namespaces are not available on {sys.platform}")
    if shutil.which("unshare") is None:
        return _Isolation((), "the unshare command (util-linux) is not installed")
    tried = []
    for user in (False, True) if os.geteuid() == 0 else (True,):
        flags = _unshare_flags(user)
        try:
            done = _launch_init(flags, _probe_config(), timeout=60)
        except (OSError, subprocess.SubprocessError) as error:
            tried.append(str(error))
            continue
        if done.get("ok"):
            return _Isolation(flags, "")
        tried.append(done.get("error", "the sandbox did not start"))
    return _Isolation((), "unshare failed: " + "; ".join(t for t in tried if t)[:300])


def probe() -> str:
    """Why this machine cannot run notebooks in a sandbox, or "" when it can.

    Examples
    --------
    >>> isinstance(probe(), str)
    True
    """
    return _isolation().why_not


def _probe_config() -> dict:
    return {"staging": None, "keep": [], "hide": [], "uid": None, "limits": Limits().__dict__,
            "argv": ["/bin/true"], "env": {"PATH": "/usr/bin:/bin"}, "cwd": "/",
            "log": "/dev/null", "timeout": 30}  # fmt: skip


# --------------------------------------------------------------------------
# Running a worker
# --------------------------------------------------------------------------


def _next_uid() -> int | None:
    """Another user id for each run when the grader is root (so a run cannot touch another)."""
    if os.geteuid() != 0:
        return None
    _UIDS.append(FIRST_UID + (os.getpid() * 97 + len(_UIDS)) % 100_000)
    return _UIDS[-1]


_UIDS: list[int] = []


def _keep_paths() -> list[str]:
    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.realpath(sys.executable)}
    paths |= {str(ROOT / name) for name in KEEP_IN_KIT}
    return sorted(p for p in paths if os.path.exists(p))


def _launch_init(flags: tuple[str, ...], config: dict, timeout: float) -> dict:
    command = ["unshare", *flags, "--", sys.executable, "-P", "-s", "-m",
               "kitlib.classroom.sandbox"]  # fmt: skip
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, cwd="/", start_new_session=True,
    )  # fmt: skip
    try:
        out, err = process.communicate(json.dumps(config).encode(), timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        return {"ok": False, "error": "the sandbox did not stop in time", "killed": True}
    try:
        return json.loads(out.decode("utf-8", "replace").strip().splitlines()[-1])
    except (ValueError, IndexError):
        message = err.decode("utf-8", "replace").strip().splitlines()
        return {"ok": False, "error": (message[-1] if message else "no report")[:300]}


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.communicate()


def run(
    worker: list[str],
    *,
    staging: Path,
    job_in_sandbox: str,
    job_outside: str,
    hide: list[str],
    limits: Limits,
    sandbox: bool | None = None,
) -> Outcome:
    """Run the worker (``python -m kitlib.classroom.worker JOB``) for one notebook.

    ``staging`` is the notebook's folder (``work/`` and ``home/`` inside it);
    in the sandbox it appears at :data:`SANDBOX_HOME`, and the worker is given
    ``job_in_sandbox``; without one, it runs where it is, on ``job_outside``.
    ``hide`` are folders to take out of sight in any case (the submissions,
    the gradebook's folder). ``sandbox`` None means "when possible".
    """
    isolation = _isolation()
    use = bool(isolation.flags) if sandbox is None else sandbox
    if use and not isolation.flags:
        raise OSError(f"No sandbox on this machine: {isolation.why_not}")
    uid = _next_uid()
    deadline = limits.notebook_seconds + 60  # the kernel's start and the shut-down
    if use:
        home = SANDBOX_HOME
        config = {
            "staging": str(staging), "keep": _keep_paths(), "hide": hide, "uid": uid,
            "limits": limits.__dict__, "argv": [*worker, job_in_sandbox],
            "env": clean_environment(f"{home}/home"), "cwd": f"{home}/work",
            "log": f"{home}/worker.log", "timeout": deadline,
        }  # fmt: skip
        done = _launch_init(isolation.flags, config, timeout=deadline + 30)
        if not done.get("ok"):
            return Outcome(True, "failed", done.get("error", ""))
        return Outcome(True, done.get("reason", ""), done.get("detail", ""))
    return _run_plain(worker + [job_outside], staging, uid, limits, deadline)


def _others_can_use(path: Path) -> bool:
    """Can a user with no rights of its own reach and read ``path`` (every folder above it open)?"""
    path = Path(os.path.realpath(path))
    for folder in [*reversed(path.parents), path]:
        mode = folder.stat().st_mode
        if folder.is_dir() and not mode & 0o001 or not mode & 0o004 and folder == path:
            return False
    return True


def _run_plain(argv: list[str], staging: Path, uid: int | None, limits: Limits, deadline: float):
    """The worker as a plain process (no namespaces): its own session, limits, clean environment.

    As root it runs as another user id, when Python and the kit are open to any user
    (a kit under /root is not: it then runs as root, and the grader's fingerprint of
    the kit is what catches a notebook that changes it).
    """
    needed = [Path(sys.executable), Path(sys.prefix), *(ROOT / name for name in KEEP_IN_KIT)]
    if uid is not None and not all(_others_can_use(p) for p in needed):
        uid = None
    if uid is not None:
        _chown_tree(staging, uid)
    env = clean_environment(str(staging / "home"))
    env["TMPDIR"] = str(staging / "tmp")
    (staging / "tmp").mkdir(exist_ok=True)
    log = open(staging / "worker.log", "ab")  # noqa: SIM115 (closed below)
    try:
        process = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=env,
            cwd=staging / "work", start_new_session=True,
            preexec_fn=lambda: _limit_and_drop(limits, uid),
        )  # fmt: skip
        reason = ""
        try:
            process.wait(timeout=deadline)
        except subprocess.TimeoutExpired:
            reason = "timeout"
    finally:
        log.close()
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    if uid is not None:
        _kill_user(uid)
    process.wait()
    return Outcome(False, reason)


def _kill_user(uid: int) -> None:
    """Kill every process of a user id (the notebook's own, when the grader is root)."""
    for _ in range(3):
        found = False
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    found = True
                    os.kill(int(entry), signal.SIGKILL)
            except (FileNotFoundError, ProcessLookupError, PermissionError):
                continue
        if not found:
            return
        time.sleep(0.05)


def _chown_tree(folder: Path, uid: int) -> None:
    os.chown(folder, uid, uid)
    for parent, dirs, files in os.walk(folder):
        for name in dirs + files:
            os.chown(os.path.join(parent, name), uid, uid, follow_symlinks=False)


# --------------------------------------------------------------------------
# Inside the namespaces: the first process (PID 1)
# --------------------------------------------------------------------------


_LIBC = ctypes.CDLL(None, use_errno=True)
_LIBC.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong,
                        ctypes.c_char_p]  # fmt: skip
_LIBC.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                        ctypes.c_ulong]  # fmt: skip


def _mount(source, target, fstype, flags: int, data=None) -> None:
    args = [None if v is None else str(v).encode() for v in (source, target, fstype)]
    if _LIBC.mount(args[0], args[1], args[2], flags, None if data is None else data.encode()):
        error = ctypes.get_errno()
        raise OSError(error, f"mount {target}: {os.strerror(error)}")


def _mount_table() -> list[tuple[str, int]]:
    """Every mount point and its flags (from /proc/self/mountinfo), outermost first."""
    found = []
    with open("/proc/self/mountinfo", encoding="utf-8") as file:
        for line in file:
            fields = line.split()
            point = fields[4].encode().decode("unicode_escape")
            flags = 0
            for option in fields[5].split(","):
                flags |= _OPTION_FLAGS.get(option, 0)
            found.append((point, flags))
    return sorted(found, key=lambda item: item[0].count("/"))


def _read_only_everywhere(*, skip: str | None = None) -> None:
    for point, flags in _mount_table():
        if point == "/proc" or point.startswith(("/proc/", "/dev")) or point == skip:
            continue
        try:
            _mount(None, point, None, _MS_REMOUNT | _MS_BIND | _MS_RDONLY | flags)
        except OSError:
            pass  # a mount that cannot be changed from here (it is hidden below if it matters)


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _bind_back(path: str, fd: int, writable: bool = False) -> None:
    """Put ``path`` (opened before as ``fd``) back in sight, read-only unless asked."""
    if os.path.isdir(f"/proc/self/fd/{fd}"):
        os.makedirs(path, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if not os.path.exists(path):
            open(path, "w", encoding="utf-8").close()
    _mount(f"/proc/self/fd/{fd}", path, None, _MS_BIND | _MS_REC)
    flags = _MS_REMOUNT | _MS_BIND | _MS_NOSUID | _MS_NODEV | (0 if writable else _MS_RDONLY)
    try:
        _mount(None, path, None, flags)
    except OSError:
        _mount(None, path, None, flags | _MS_NOEXEC)


def _hide(folder: str, keep: dict[str, int]) -> None:
    """Replace ``folder`` by an empty read-only one, with the kept paths under it put back."""
    if not os.path.isdir(folder) or os.path.islink(folder):
        return
    _mount("tmpfs", folder, "tmpfs", _MS_NOSUID | _MS_NODEV, "size=1m,mode=0755")
    _put_back(folder, keep)
    _mount(None, folder, None, _MS_REMOUNT | _MS_RDONLY | _MS_NOSUID | _MS_NODEV)


def _put_back(folder: str, keep: dict[str, int]) -> None:
    """The kept paths under ``folder`` (the kit, its Python), back in sight after a fresh
    file system was mounted on it."""
    for path, fd in keep.items():
        if _within(path, folder):
            _bind_back(path, fd)


def _loopback_up() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH", b"lo", 0x1 | 0x8 | 0x40)  # IFF_UP | IFF_LOOPBACK | RUNNING
        fcntl.ioctl(sock, 0x8914, request)  # SIOCSIFFLAGS


def _copy_in(staging_fd: int) -> None:
    """The staging folder's files into SANDBOX_HOME, on the sandbox's own size-limited /tmp.

    The notebook then works on a file system that cannot fill the machine's disk;
    only what the grader reads comes back out (:func:`_copy_out`).
    """
    os.makedirs(SANDBOX_HOME, exist_ok=True)
    for folder, dirs, files, folder_fd in os.fwalk(".", dir_fd=staging_fd):
        target = os.path.normpath(os.path.join(SANDBOX_HOME, folder))
        for name in dirs:
            os.makedirs(os.path.join(target, name), exist_ok=True)
        for name in files:
            source = os.open(name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=folder_fd)
            with os.fdopen(source, "rb") as reader, open(os.path.join(target, name), "wb") as out:
                shutil.copyfileobj(reader, out)


#: What comes back out of the sandbox for the grader, and how much of it at most.
COPIED_OUT = ("outcome.jsonl", "worker.log")
MAX_COPIED_OUT = 20_000_000


def _copy_out(staging_fd: int) -> None:
    """The worker's report back into the staging folder (regular files only, size-capped)."""
    for name in COPIED_OUT:
        try:
            source = os.open(os.path.join(SANDBOX_HOME, name), os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        with os.fdopen(source, "rb") as reader:
            if not stat.S_ISREG(os.fstat(reader.fileno()).st_mode):
                continue
            data = reader.read(MAX_COPIED_OUT)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW
        with os.fdopen(os.open(name, flags, 0o600, dir_fd=staging_fd), "wb") as out:
            out.write(data)


def _set_up_files(config: dict) -> int | None:
    """Everything read-only; the non-system top-level folders emptied; a fresh /tmp.

    Returns the staging folder's descriptor (opened before anything was hidden),
    whose files are now in SANDBOX_HOME.
    """
    keep_paths = sorted(config["keep"], key=len)
    keep_paths = [p for p in keep_paths if not any(_within(p, q) and p != q for q in keep_paths)]
    keep = {p: os.open(p, os.O_PATH | os.O_CLOEXEC) for p in keep_paths}
    staging = config["staging"]
    _mount(None, "/", None, _MS_REC | _MS_PRIVATE)
    staging_fd = None
    if staging:  # a mount of its own, left writable for the report (and then hidden)
        _mount(staging, staging, None, _MS_BIND)
        staging_fd = os.open(staging, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    _read_only_everywhere(skip=staging)
    for name in sorted(os.listdir("/")):
        if name not in SYSTEM_FOLDERS and not SYSTEM_LIBRARIES.fullmatch(name):
            _hide("/" + name, keep)
    for folder in config["hide"]:  # the submissions and the gradebook, wherever they are
        if os.path.isdir(folder):
            _hide(folder, keep)
    size = int(config["limits"]["tmp_mb"])
    _mount("tmpfs", "/tmp", "tmpfs", _MS_NOSUID | _MS_NODEV, f"size={size}m,mode=1777")
    _put_back("/tmp", keep)  # a kit installed under /tmp (a fresh clone in mktemp -d)
    if os.path.isdir("/dev/shm"):
        _mount("tmpfs", "/dev/shm", "tmpfs", _MS_NOSUID | _MS_NODEV, "size=16m,mode=1777")
    if staging_fd is not None:
        _copy_in(staging_fd)
    return staging_fd


def _set_limits(limits: dict) -> None:
    megabyte = 1024 * 1024
    for name, value in (
        (resource.RLIMIT_AS, int(limits["memory_mb"]) * megabyte),
        (resource.RLIMIT_FSIZE, int(limits["file_mb"]) * megabyte),
        (resource.RLIMIT_NOFILE, 1024),
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_NPROC, int(limits["processes"])),
    ):
        try:
            resource.setrlimit(name, (value, value))
        except (ValueError, OSError):
            pass


def _drop_privileges(uid: int | None) -> None:
    """No capabilities, and no way to gain any; another user id when one is given."""
    for capability in range(64):
        _LIBC.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0)
    _LIBC.prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    if uid is not None:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    if _LIBC.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0):
        raise OSError(ctypes.get_errno(), "no_new_privs")


def _limit_and_drop(limits: Limits, uid: int | None) -> None:
    """For a plain process (no namespaces): the same limits and the same dropped privileges."""
    _set_limits(limits.__dict__)
    _drop_privileges(uid)


def _can_use_uid(uid: int) -> bool:
    with open("/proc/self/uid_map", encoding="utf-8") as file:
        for line in file:
            inside, _, count = (int(v) for v in line.split())
            if inside <= uid < inside + count:
                return True
    return False


def _processes() -> int:
    return sum(1 for name in os.listdir("/proc") if name.isdigit())


def init_main() -> int:
    """The first process of the namespaces: set up, start the worker, wait, kill everything."""
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT,
                   signal.SIGUSR1, signal.SIGUSR2, signal.SIGPIPE):  # fmt: skip
        signal.signal(number, signal.SIG_IGN)
    config = json.loads(sys.stdin.read())
    limits = config["limits"]
    report: dict = {"ok": True, "reason": "", "detail": ""}
    try:
        staging_fd, uid = _prepare(config, report)
    except OSError as error:
        print(json.dumps({"ok": False, "error": f"sandbox set-up failed: {error}"}), flush=True)
        return 1
    child = os.fork()
    if child == 0:  # the worker
        _start_worker(config, limits, uid)
    status = _wait_for(child, float(config["timeout"]), int(limits["processes"]), report)
    try:
        os.kill(-1, signal.SIGKILL)  # every process of the namespace but this one
    except ProcessLookupError:
        pass
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    if status is not None and os.waitstatus_to_exitcode(status) not in (0, 1):
        report["detail"] = f"the worker stopped with status {os.waitstatus_to_exitcode(status)}"
    if staging_fd is not None:
        _copy_out(staging_fd)
    print(json.dumps(report), flush=True)
    return 0


def _prepare(config: dict, report: dict) -> tuple[int | None, int | None]:
    """Files, loopback, the worker's user and the process limit; ``(staging fd, uid)``."""
    staging_fd = _set_up_files(config)
    _loopback_up()
    uid = config["uid"] if config["uid"] is not None and _can_use_uid(config["uid"]) else None
    if uid is not None and config["staging"]:
        _chown_tree(Path(SANDBOX_HOME), uid)
    try:
        Path("/proc/sys/kernel/pid_max").write_text(
            str(max(301, int(config["limits"]["processes"]))), encoding="utf-8"
        )
    except OSError:
        report["detail"] = "process limit by RLIMIT_NPROC and watching"
    return staging_fd, uid


def _start_worker(config: dict, limits: dict, uid: int | None) -> None:
    """In the forked child: output to the log, limits, no privileges, then the worker."""
    try:
        log = os.open(config["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        null = os.open("/dev/null", os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.setsid()
        _set_limits(limits)
        _drop_privileges(uid)
        os.chdir(config["cwd"])
        os.execve(config["argv"][0] if config["argv"][0].startswith("/") else sys.executable,
                  config["argv"] if config["argv"][0].startswith("/")
                  else [sys.executable, *config["argv"]], config["env"])  # fmt: skip
    finally:
        os._exit(127)


def _wait_for(child: int, timeout: float, processes: int, report: dict):
    """Wait for the worker (reaping orphans); stop at the time or process limit."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            pid, code = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return None
        if pid == child:
            return code
        if pid:
            continue  # an orphan re-parented to us: reaped
        if time.monotonic() > deadline:
            report["reason"] = "timeout"
            return None
        if _processes() > processes:
            report["reason"] = "processes"
            return None
        time.sleep(0.05)


if __name__ == "__main__":
    raise SystemExit(init_main())
