# nd.save/nd.load take a str file name only (pathlib.Path and bytes fail as in MXNet); load_frombuffer reads a str.
import os
import pathlib
import tempfile
import mxnet as mx
from mxnet import nd

folder = tempfile.mkdtemp()
name = os.path.join(folder, "a.params")


def run(tag, fn):
    try:
        result = fn()
        print(tag, "ok", None if result is None else [x.asnumpy().tolist() for x in result])
    except Exception as e:
        print(tag, "error", type(e).__name__)


run("save_str", lambda: nd.save(name, nd.array([1, 2])))
run("load_str", lambda: nd.load(name))
run("save_path", lambda: nd.save(pathlib.Path(name), nd.array([1])))
run("load_path", lambda: nd.load(pathlib.Path(name)))
run("save_bytes", lambda: nd.save(name.encode(), nd.array([1])))
run("load_bytes", lambda: nd.load(name.encode()))
run("save_int", lambda: nd.save(5, nd.array([1])))
run("save_bad_data_path", lambda: nd.save(pathlib.Path(name), 5))
run("load_missing", lambda: nd.load(os.path.join(folder, "missing.params")))
run("buffer_str", lambda: nd.load_frombuffer("xx"))
run("buffer_bytes", lambda: nd.load_frombuffer(open(name, "rb").read()))
os.remove(name)
os.rmdir(folder)
