"""Last line of defence against server-side requests: query workers may not open IP sockets.

The SERVICE guard (kg/server/guard.py) refuses federated queries before evaluation, but it relies on parsers
agreeing with Oxigraph's. Oxigraph (like rdflib) fetches any URL a SERVICE clause names, so a parser
disagreement would let a query make the server call internal addresses. Each query worker therefore installs
a seccomp filter that makes ``socket(AF_INET|AF_INET6, ...)`` fail with EACCES. The worker talks to the
server over a Unix socket pair created before the filter, so it needs no new IP socket for its own work.

Linux on x86-64 and aarch64 only; elsewhere :func:`deny_ip_sockets` returns False and the guard stands alone.
"""

from __future__ import annotations

import ctypes
import errno
import struct
import sys

# classic BPF opcodes
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_RET_K = 0x06

_SECCOMP_RET_ALLOW = 0x7FFF0000
_SECCOMP_RET_ERRNO = 0x00050000

_AUDIT_ARCH_X86_64 = 0xC000003E
_AUDIT_ARCH_AARCH64 = 0xC00000B7
_NR_SOCKET = {_AUDIT_ARCH_X86_64: 41, _AUDIT_ARCH_AARCH64: 198}

_AF_INET = 2
_AF_INET6 = 10

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2

# offsets in struct seccomp_data: nr (u32), arch (u32), instruction_pointer (u64), args[6] (u64)
_OFF_NR, _OFF_ARCH, _OFF_ARG0 = 0, 4, 16


def _insn(code: int, jt: int, jf: int, k: int) -> bytes:
    return struct.pack("=HBBI", code, jt, jf, k)


def _program() -> list[bytes]:
    deny = _SECCOMP_RET_ERRNO | errno.EACCES
    # index: instruction (jump offsets are relative to the next instruction)
    return [
        _insn(_LD_W_ABS, 0, 0, _OFF_ARCH),                              # 0
        _insn(_JEQ_K, 2, 0, _AUDIT_ARCH_X86_64),                        # 1 -> 4
        _insn(_JEQ_K, 3, 0, _AUDIT_ARCH_AARCH64),                       # 2 -> 6
        _insn(_RET_K, 0, 0, _SECCOMP_RET_ALLOW),                        # 3 unknown arch
        _insn(_LD_W_ABS, 0, 0, _OFF_NR),                                # 4
        _insn(_JEQ_K, 2, 5, _NR_SOCKET[_AUDIT_ARCH_X86_64]),            # 5 -> 8 / -> 11
        _insn(_LD_W_ABS, 0, 0, _OFF_NR),                                # 6
        _insn(_JEQ_K, 0, 3, _NR_SOCKET[_AUDIT_ARCH_AARCH64]),           # 7 -> 8 / -> 11
        _insn(_LD_W_ABS, 0, 0, _OFF_ARG0),                              # 8 domain (low 32 bits)
        _insn(_JEQ_K, 2, 0, _AF_INET),                                  # 9 -> 12
        _insn(_JEQ_K, 1, 0, _AF_INET6),                                 # 10 -> 12
        _insn(_RET_K, 0, 0, _SECCOMP_RET_ALLOW),                        # 11
        _insn(_RET_K, 0, 0, deny),                                      # 12
    ]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def deny_ip_sockets() -> bool:
    """Forbid this process (and its future threads and children) to create IPv4/IPv6 sockets.

    Returns True when the filter is in place, False where seccomp is not available. It cannot be undone.
    """
    if not sys.platform.startswith("linux") or sys.byteorder != "little":
        return False
    import platform

    if platform.machine() not in ("x86_64", "AMD64", "aarch64", "arm64"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    code = b"".join(_program())
    buf = ctypes.create_string_buffer(code, len(code))
    prog = _SockFprog(len(code) // 8, ctypes.cast(buf, ctypes.c_void_p))
    prctl = libc.prctl
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
    if prctl(_PR_SET_NO_NEW_PRIVS, 1, None, 0, 0) != 0:
        return False
    if prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        return False
    return True
