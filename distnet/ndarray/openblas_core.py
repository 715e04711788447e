"""Which kernel set MXNet 1.9.1's OpenBLAS runs on this CPU.

MXNet ships OpenBLAS 0.3.13 built for every x86-64 CPU but without its AVX-512 kernels; at start-up it picks
a kernel set by the CPU's vendor, family and model, and each set adds a dot product's terms in its own order.
distnet's replicas of those sums follow the same pick: ``"haswell"`` on the AVX2 CPUs that release knows
(Intel Haswell to Comet Lake and the Xeons with AVX-512 up to Cooper Lake, AMD Zen), ``"prescott"``, its
fallback, on any other (e.g. Sapphire Rapids). ``OPENBLAS_CORETYPE`` forces a set for both, as in OpenBLAS;
``DISTNET_OPENBLAS_CORE`` forces distnet's alone.
"""
import contextlib
import ctypes
import functools
import os

CORE_ENV = "DISTNET_OPENBLAS_CORE"
OPENBLAS_ENV = "OPENBLAS_CORETYPE"
_HASWELL_NAMES = ("haswell", "zen", "skylakex", "cooperlake")     # the last two run Haswell's kernels here
# Intel family 6 models with AVX2 that OpenBLAS 0.3.13 recognises
_INTEL_HASWELL_MODELS = {0x3C, 0x3F, 0x45, 0x46, 0x3D, 0x47, 0x4F, 0x56, 0x4E, 0x5E, 0x55, 0x57, 0x85, 0x66,
                         0x7D, 0x7E, 0x8C, 0x8D, 0x8E, 0x9E, 0xA5, 0xA6}
_AMD_ZEN_FAMILIES = {0x17, 0x18, 0x19}


def core():
    """``"haswell"`` or ``"prescott"``: the kernel set whose sums distnet's BLAS replicas follow."""
    forced = os.environ.get(CORE_ENV, "").strip().lower()
    if forced:
        if forced not in ("haswell", "prescott"):
            raise ValueError(f"{CORE_ENV}={forced!r}: expected haswell or prescott")
        return forced
    named = os.environ.get(OPENBLAS_ENV, "").strip().lower()
    if named in _HASWELL_NAMES:
        return "haswell"
    if named == "prescott":
        return "prescott"
    return _detected_core()


@functools.lru_cache(maxsize=None)
def _detected_core():
    fields = _cpuinfo()
    if "avx2" not in fields.get("flags", "").split():
        return "prescott"
    family, model = int(fields.get("cpu family", "0")), int(fields.get("model", "0"))
    vendor = fields.get("vendor_id", "")
    if vendor == "GenuineIntel" and family == 6 and model in _INTEL_HASWELL_MODELS:
        return "haswell"
    if vendor in ("AuthenticAMD", "HygonGenuine") and family in _AMD_ZEN_FAMILIES:
        return "haswell"
    return "prescott"


def _cpuinfo():
    """The first processor's fields of /proc/cpuinfo (empty where there is none)."""
    fields = {}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if not line.strip():
                    break
                key, _, value = line.partition(":")
                fields[key.strip()] = value.strip()
    except OSError:
        pass
    return fields


@functools.lru_cache(maxsize=None)
def numpy_openblas():
    """The OpenBLAS libraries numpy has loaded (ctypes handles; none where numpy's BLAS is another)."""
    try:
        with open("/proc/self/maps") as f:
            paths = {line.split()[-1] for line in f if "openblas" in line.lower() and "/" in line}
    except OSError:
        return ()
    libs = []
    for path in sorted(paths):
        try:
            libs.append(ctypes.CDLL(path))
        except OSError:
            continue
    return tuple(libs)


def library_function(lib, name):
    """OpenBLAS's function ``name`` in ``lib`` under the names its builds export (numpy's 64-bit integer builds
    add a suffix, SciPy's a prefix too), or None."""
    for spelled in (name + "64_", "scipy_" + name + "64_", name):
        if hasattr(lib, spelled):
            return getattr(lib, spelled)
    return None


_STARTING_THREADS = {}      # numpy's OpenBLAS library -> (its openblas_set_num_threads, the threads it started with)


def use_one_thread():
    """Run numpy's OpenBLAS on one thread, as MXNet runs its own: a product split between threads sums some
    outputs in another order (nd.dot of (32, 100) by (100, 100) differs in 1362 of 3200 outputs on 2 cores).
    Does nothing where numpy's BLAS is not a loaded OpenBLAS."""
    for lib in numpy_openblas():
        set_threads = library_function(lib, "openblas_set_num_threads")
        get_threads = library_function(lib, "openblas_get_num_threads")
        if set_threads is not None:
            if get_threads is not None:
                _STARTING_THREADS.setdefault(lib._name, (set_threads, get_threads()))
            set_threads(1)


@contextlib.contextmanager
def numpy_threads():
    """numpy's OpenBLAS back on the threads it started with, for a numpy call MXNet's own Python makes (the
    Orthogonal initializer's SVD: LAPACK split between threads rounds a few values of a (256, 128) otherwise)."""
    for set_threads, threads in _STARTING_THREADS.values():
        set_threads(threads)
    try:
        yield
    finally:
        for set_threads, _ in _STARTING_THREADS.values():
            set_threads(1)


def follow_mxnet_kernels():
    """Have numpy's OpenBLAS run the Haswell kernels when MXNet's does (see core): distnet's float products are
    numpy's, and a newer OpenBLAS picks other kernels on newer CPUs (SkylakeX's on Sapphire Rapids, or where
    only DISTNET_OPENBLAS_CORE asks for Haswell's), which sum in other orders. OpenBLAS picks its kernel set when
    it is loaded; it is picked again here, with OPENBLAS_CORETYPE naming Haswell for that moment only."""
    if core() != "haswell":
        return
    for lib in numpy_openblas():
        corename = library_function(lib, "openblas_get_corename")
        if corename is None or not all(hasattr(lib, f) for f in ("gotoblas_dynamic_quit", "gotoblas_dynamic_init")):
            continue
        corename.restype = ctypes.c_char_p
        if corename().decode().lower() == "haswell":
            continue
        before = os.environ.get(OPENBLAS_ENV)
        os.environ[OPENBLAS_ENV] = "Haswell"
        try:
            lib.gotoblas_dynamic_quit()
            lib.gotoblas_dynamic_init()
        finally:
            if before is None:
                del os.environ[OPENBLAS_ENV]
            else:
                os.environ[OPENBLAS_ENV] = before
