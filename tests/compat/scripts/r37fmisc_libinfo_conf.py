"""mx.libinfo.find_conf_path: MXNET_CONF_PATH when it names a file (warnings otherwise), else a RuntimeError listing the candidate build directories, as MXNet's pip packages (without tvmop.conf) raise."""
import logging
import os
import sys
import tempfile

import mxnet as mx

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
here = os.path.dirname(os.path.abspath(mx.libinfo.__file__))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, str(e).replace(here, "<package>"))


os.environ.pop("MXNET_CONF_PATH", None)
attempt("unset", mx.libinfo.find_conf_path)
attempt("other prefix", lambda: mx.libinfo.find_conf_path("other"))
with tempfile.TemporaryDirectory() as tmp:
    conf = os.path.join(tmp, "tvmop.conf")
    open(conf, "w").close()
    os.environ["MXNET_CONF_PATH"] = conf
    attempt("set", lambda: mx.libinfo.find_conf_path() == conf)
os.environ["MXNET_CONF_PATH"] = "/"
attempt("a directory", mx.libinfo.find_conf_path)
os.environ["MXNET_CONF_PATH"] = "/no/such/tvmop.conf"
attempt("missing", mx.libinfo.find_conf_path)
os.environ["MXNET_CONF_PATH"] = ""
attempt("empty", mx.libinfo.find_conf_path)
