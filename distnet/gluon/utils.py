"""Gluon helpers: data splitting across contexts, global-norm clipping, file checks, hook handles."""
import collections
import hashlib
import os
import uuid
import warnings
import weakref

import numpy as np

from .. import ndarray
from ..base import error_like as _error_like
from ..util import is_np_array, is_np_shape  # noqa: F401  (re-exported, as in MXNet)

__all__ = ["split_data", "split_and_load", "clip_global_norm", "check_sha1", "download", "replace_file"]

# MXNet checks some arguments with ``assert``: raise an MXNetError that is also an AssertionError.
_AssertError = _error_like(AssertionError)
# Where MXNet's download fails for want of a network, it raises ConnectionError after its retries.
_DownloadError = _error_like(ConnectionError)


def replace_file(src, dst):
    """Atomically move ``src`` over ``dst``; on failure ``src`` is removed and an OSError in MXNet's words raised."""
    try:
        os.rename(src, dst)
    except OSError:
        try:
            os.remove(src)
        except OSError:
            pass
        # MXNet's message carries the indentation of its continued source line
        raise OSError(f"Moving downloaded temp file - {src}, to {dst} failed. {' ' * 20}Please retry the download.")


def split_data(data, num_slice, batch_axis=0, even_split=True):
    """Split ``data`` into ``num_slice`` slices along ``batch_axis`` (a list even for one slice).

    Parameters
    ----------
    data : NDArray
        A batch of data.
    num_slice : int
        Number of slices.
    batch_axis : int, default 0
        The axis to slice along.
    even_split : bool, default True
        Require every slice to have the same size.
    """
    size = data.shape[batch_axis]
    if even_split and size % num_slice != 0:
        raise ValueError(
            "data with shape %s cannot be evenly split into %d slices along axis %d. Use a batch size that's "
            "multiple of %d or set even_split=False to allow uneven partitioning of data."
            % (data.shape, num_slice, batch_axis, num_slice))
    step, extras = divmod(size, num_slice)
    bounds = np.cumsum([0] + [step + 1] * extras + [step] * (num_slice - extras))
    if is_np_array():       # MXNet splits with mx.np.split: copies, and a legacy NDArray is refused
        from ..numpy import split
        return split(data, indices_or_sections=[int(b) for b in bounds[1:-1]], axis=batch_axis)
    pieces = [(int(begin), int(end)) for begin, end in zip(bounds[:-1], bounds[1:])]
    if batch_axis == 0:     # views
        return [data[begin:end] for begin, end in pieces]
    # copies, as MXNet's slice_axis makes (a sparse array's are dense)
    return [ndarray.slice_axis(data, axis=batch_axis, begin=begin, end=end) for begin, end in pieces]


def split_and_load(data, ctx_list, batch_axis=0, even_split=True):
    """Split ``data`` into ``len(ctx_list)`` slices along ``batch_axis`` and copy slice i to ``ctx_list[i]``.

    Parameters
    ----------
    data : NDArray or array-like
        A batch of data.
    ctx_list : list of Context
        Where the slices go.
    batch_axis : int, default 0
        The axis to slice along.
    even_split : bool, default True
        Require every slice to have the same size.
    """
    if not isinstance(data, ndarray.NDArray):
        data = _array_fn()(data, ctx=ctx_list[0])
    if len(ctx_list) == 1:
        return [data.as_in_context(ctx_list[0])]
    slices = split_data(data, len(ctx_list), batch_axis, even_split)
    return [s.as_in_context(ctx) for s, ctx in zip(slices, ctx_list)]


def clip_global_norm(arrays, max_norm, check_isfinite=True):
    """Scale ``arrays`` in place so that their joint 2-norm is at most ``max_norm``; return that norm.

    Computed with MXNet's NDArray steps (dot, add_n, sqrt, division, concat, min, in-place multiply), so an
    argument MXNet cannot compute with fails in the step where MXNet's does.

    Parameters
    ----------
    arrays : list of NDArray
    max_norm : float
    check_isfinite : bool, default True
        Warn when the norm is not finite and return it as a float (else as a 1-element NDArray).
    """
    if len(arrays) == 0:                # an NDArray is a list of its rows here, as in MXNet
        raise AssertionError()          # MXNet's bare assert
    with np.errstate(all="ignore"):     # MXNet's float32 steps overflow to inf silently; one warning below
        ctx = arrays[0].context
        total_norm = ndarray.sqrt(ndarray.add_n(*[_squared_norm(a).as_in_context(ctx) for a in arrays]))
        if check_isfinite and not np.isfinite(total_norm.asscalar()):
            warnings.warn(UserWarning("nan or inf is detected. Clipping results will be undefined."), stacklevel=2)
        scale = max_norm / (total_norm + 1e-8)
        scale = ndarray.min(ndarray.concat(scale, ndarray.ones(1, ctx=ctx), dim=0))
        for a in arrays:
            a *= scale.as_in_context(a.context)
    if check_isfinite:
        return total_norm.asscalar()
    return total_norm


def _squared_norm(a):
    """MXNet's: dot(x, x) of a dense array's values, the square of a sparse array's norm."""
    if a.stype != "default":
        return a.norm().square()
    flat = a.reshape((-1,))
    return ndarray.dot(flat, flat)


def check_sha1(filename, sha1_hash):
    """Whether the SHA-1 digest of the file ``filename`` equals ``sha1_hash`` (a hex string)."""
    sha1 = hashlib.sha1()
    with open(filename, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            sha1.update(chunk)
    return sha1.hexdigest() == sha1_hash


def download(url, path=None, overwrite=False, sha1_hash=None, retries=5, verify_ssl=True):
    """Download ``url`` to ``path`` (a file, or a directory to put it in) unless a good copy is there already.

    Fetches with ``requests`` when it is installed (as MXNet does), else with ``urllib``. The file is written
    under a unique temporary name and moved into place, so concurrent downloads of one file are safe.
    Returns the local file name.
    """
    if path is None:
        fname = url.split("/")[-1]
        if not fname:
            raise _AssertError("Can't construct file-name from this URL. Please set the `path` option manually.")
    else:
        path = os.path.expanduser(path)
        fname = os.path.join(path, url.split("/")[-1]) if os.path.isdir(path) else path
    if not retries >= 0:
        raise _AssertError(f"Number of retries should be at least 0, currently it's {retries}")
    if not verify_ssl:
        warnings.warn("Unverified HTTPS request is being made (verify_ssl=False). "
                      "Adding certificate verification is strongly advised.")
    if not overwrite and os.path.exists(fname) and (not sha1_hash or check_sha1(fname, sha1_hash)):
        return fname
    os.makedirs(os.path.dirname(os.path.abspath(fname)), exist_ok=True)
    while True:                         # max(retries, 1) attempts, as MXNet makes
        try:
            print(f"Downloading {fname} from {url}...")
            _fetch_into_place(url, fname, sha1_hash, verify_ssl)
            return fname
        except Exception as e:          # any failure is retried
            retries -= 1
            if retries <= 0:
                raise
            print(f"download failed due to {e!r}, retrying, {retries} attempt{'s' if retries > 1 else ''} left")


def _fetch_into_place(url, fname, sha1_hash, verify_ssl):
    """One download of ``url``: to a unique temporary file, then moved to ``fname`` unless another download
    already put a good copy there."""
    chunks = _url_chunks(url, verify_ssl)
    temp = f"{fname}.{uuid.uuid4()}"
    with open(temp, "wb") as f:
        for chunk in chunks:
            f.write(chunk)
    if not os.path.exists(fname) or (sha1_hash and not check_sha1(fname, sha1_hash)):
        replace_file(temp, fname)
    else:
        try:
            os.remove(temp)
        except OSError:
            pass
        warnings.warn(f"File {fname} exists in file system so the downloaded file is deleted")
    if sha1_hash and not check_sha1(fname, sha1_hash):
        raise UserWarning(f"File {fname} is downloaded but the content hash does not match. The repo may be "
                          "outdated or download may be incomplete. If the \"repo_url\" is overridden, consider "
                          "switching to the default repo.")


def _url_chunks(url, verify_ssl):
    """The body of ``url`` in chunks; a status other than 200 is a RuntimeError."""
    try:
        import requests
    except ImportError:
        requests = None
    if requests is not None:
        r = requests.get(url, stream=True, verify=verify_ssl)
        if r.status_code != 200:
            raise RuntimeError(f"Failed downloading url {url}")
        return (chunk for chunk in r.iter_content(chunk_size=1024) if chunk)
    from ..test_utils import _check_scheme
    _check_scheme(url)      # a URL requests has no adapter for fails with its error
    r = _requested(url, verify_ssl)
    if r is None or r.status != 200:
        raise RuntimeError(f"Failed downloading url {url}")
    return _body_chunks(r)


def _requested(url, verify_ssl=True):
    """The response to a GET of ``url`` made with urllib as requests makes it: a user and password in the URL sent
    as basic authentication, up to 30 redirects followed; None for a status other than 2xx. Errors are requests':
    ConnectionError, TooManyRedirects."""
    import ssl
    import urllib.error
    import urllib.request
    context = None if verify_ssl else ssl._create_unverified_context()
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _redirects())
    try:
        return opener.open(_authorized_request(url))
    except urllib.error.HTTPError as e:     # a status other than 2xx
        e.close()
        return None
    except urllib.error.URLError as e:
        raise _connection_error(url, e.reason) from None
    except _TooManyRedirects:
        raise
    except OSError as e:        # (refused, reset, timed out: requests' ConnectionError too)
        raise _connection_error(url, e) from None


def _authorized_request(url):
    """A urllib request for ``url`` without its user info, which (with a password, as requests reads it) goes as
    a basic Authorization header."""
    import base64
    import urllib.parse
    import urllib.request
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return urllib.request.Request(url)
    bare = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    request = urllib.request.Request(bare)
    if parts.password is not None:
        login = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password)}"
        request.add_header("Authorization", "Basic " + base64.b64encode(login.encode("latin1")).decode())
    return request


def _redirects():
    """A urllib handler following redirects as requests does: 30 of them, the same URL again included, then
    TooManyRedirects."""
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_repeats = max_redirections = 31     # (urllib's own limits, beyond requests')

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if sum(getattr(req, "redirect_dict", {}).values()) >= 30:
                fp.close()
                raise _TooManyRedirects("Exceeded 30 redirects.")
            return super().redirect_request(req, fp, code, msg, headers, newurl)
    return Redirects()


def _body_chunks(r):
    """The body of response ``r`` in chunks; one cut off before its end fails as requests' ChunkedEncodingError."""
    import http.client
    got = 0
    with r:
        while True:
            try:
                chunk = r.read(1024)
            except http.client.IncompleteRead as e:
                chunk = e.__cause__     # (a chunk cut off: requests counts within it)
                if isinstance(chunk, http.client.IncompleteRead):
                    raise _cut_off(len(chunk.partial), chunk.expected) from None
                raise _cut_off(got + len(e.partial), e.expected) from None
            if r.length and len(chunk) < 1024:      # (a body shorter than its Content-Length: the short read lost)
                raise _cut_off(got + len(chunk), r.length)
            if not chunk:
                break
            got += len(chunk)
            yield chunk


def _cut_off(got, expected):
    import http.client
    short = http.client.IncompleteRead(bytes(got), expected)
    return _ChunkedEncodingError(_ProtocolError(f"Connection broken: {short!r}", short))


class _ConnectionFailed(_DownloadError):
    """requests' ConnectionError, which wraps urllib3's MaxRetryError (shown in its repr)."""

    def __repr__(self):
        return f"ConnectionError({self.args[0]!r})"


_ConnectionFailed.__name__ = _ConnectionFailed.__qualname__ = "ConnectionError"
_ConnectionFailed.__module__ = "builtins"


def _requests_error(name, doc):
    return type(name, (OSError,), {"__module__": "requests.exceptions", "__doc__": doc})


_ChunkedEncodingError = _requests_error("ChunkedEncodingError", "requests' error for a body cut off before its end.")
_TooManyRedirects = _requests_error("TooManyRedirects", "requests' error for more than 30 redirects.")

def _urllib3_error(name):
    return type(name, (Exception,), {"__module__": "urllib3.exceptions"})


_MaxRetryError = _urllib3_error("MaxRetryError")
_ProtocolError = _urllib3_error("ProtocolError")
_NewConnectionError = _urllib3_error("NewConnectionError")
_NameResolutionError = _urllib3_error("NameResolutionError")


def _connection_error(url, reason):
    """The ConnectionError requests raises when ``url``'s host cannot be reached (``reason``: the socket's
    error), in urllib3's words: the pool, the path asked, and the cause."""
    import socket
    import urllib.parse
    parts = urllib.parse.urlsplit(url)
    https = parts.scheme.lower() == "https"
    where = f"(host={parts.hostname!r}, port={parts.port or (443 if https else 80)})"
    conn = f"HTTP{'S' if https else ''}Connection{where}"
    if isinstance(reason, socket.gaierror):
        cause = _NameResolutionError(f"{conn}: Failed to resolve '{parts.hostname}' ({reason})")
    else:
        cause = _NewConnectionError(f"{conn}: Failed to establish a new connection: {reason}")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _ConnectionFailed(_MaxRetryError(f"HTTP{'S' if https else ''}ConnectionPool{where}: Max retries "
                                            f"exceeded with url: {path} (Caused by {cause!r})"))


def _indent(text, spaces):
    """Indent every line of ``text`` but the first by ``spaces`` spaces."""
    lines = text.split("\n")
    return lines[0] if len(lines) == 1 else "\n".join([lines[0]] + [" " * spaces + s for s in lines[1:]])


def _brief_print_list(items, limit=7):
    """At most ``limit`` quoted items, the middle replaced by '...'."""
    items = list(items)
    if len(items) > limit:
        return _brief_print_list(items[:limit // 2], limit) + ", ..., " + _brief_print_list(items[-limit // 2:], limit)
    return ", ".join(f"'{i}'" for i in items)


def _array_fn():
    """``mx.np.array`` under NumPy array semantics, else ``nd.array`` (what Gluon makes arrays from data with)."""
    if is_np_array():
        from ..numpy import array
        return array
    return ndarray.array


def shape_is_known(shape):
    """Whether every dimension of ``shape`` is known (0 marks an unknown size, as in MXNet 1.x; -1 under NumPy
    shape semantics, where () is a scalar's known shape)."""
    unknown = -1 if is_np_shape() else 0
    if shape is None:
        return False
    if len(shape) == 0:
        return unknown == -1
    for dim in shape:
        if dim == unknown:
            return False
        if not dim > unknown:
            raise _AssertError(f"shape dimension size cannot be less than {unknown}, while received {dim}")
    return True


def _referred_hooks(handle):
    """The hooks dict a handle refers to (None once it is gone)."""
    if handle._hooks_dict_ref is None:     # MXNet calls its missing weak reference
        raise TypeError("'NoneType' object is not callable")
    return handle._hooks_dict_ref()


class HookHandle:
    """A handle that detaches a forward hook (also as a ``with`` block); it pickles with the hooks it refers to."""

    def __init__(self):
        self._hooks_dict_ref = None
        self._id = None

    def attach(self, hooks_dict, hook):
        """Add ``hook`` to ``hooks_dict`` (a dict that takes weak references, as an OrderedDict does)."""
        if self._hooks_dict_ref is not None:
            raise _AssertError("The same handle cannot be attached twice.")
        self._id = id(hook)
        hooks_dict[self._id] = hook
        self._hooks_dict_ref = weakref.ref(hooks_dict)

    def detach(self):
        """Remove the hook (no effect if already removed or its hooks are gone; a TypeError if never attached)."""
        hooks = _referred_hooks(self)
        if hooks is not None:
            hooks.pop(self._id, None)

    def __getstate__(self):
        return _referred_hooks(self), self._id

    def __setstate__(self, state):
        hooks, self._id = state
        # an unpickled handle refers to its own copy of the hooks, gone once unpickling ends (detach does nothing)
        self._hooks_dict_ref = weakref.ref(collections.OrderedDict() if hooks is None else hooks)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.detach()


def _get_repo_url():
    """Where MXNet fetches pretrained files from: ``$MXNET_GLUON_REPO`` or Apache's bucket, ending in '/'."""
    url = os.environ.get("MXNET_GLUON_REPO", "https://apache-mxnet.s3-accelerate.dualstack.amazonaws.com/")
    return url if url[-1] == "/" else url + "/"      # an empty one fails in the indexing, as MXNet's does


def _get_repo_file_url(namespace, filename):
    """The repository URL of ``filename`` in ``namespace``."""
    return f"{_get_repo_url()}{namespace}/{filename}"


# the names MXNet's module shows, as its own imports
import sys  # noqa: E402,F401

from ..base import public_listing as _public_listing  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _public_listing(globals(), """_brief_print_list _check_all_np_ndarrays _check_same_symbol_type _get_repo_file_url _get_repo_url
    _indent _mx_np""".split())
