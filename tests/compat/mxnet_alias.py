"""Run a script written for MXNet with ``mxnet`` (and every ``mxnet.*`` module) served by distnet.

Usage: python mxnet_alias.py SCRIPT.py
"""
import importlib
import importlib.abc
import importlib.util
import os
import runpy
import sys


class _MXNetAlias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Answers imports of ``mxnet.X`` with the module ``distnet.X``."""

    def __init__(self):
        self._own_specs = {}

    def find_spec(self, fullname, path=None, target=None):
        if fullname == "mxnet" or fullname.startswith("mxnet."):
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        module = importlib.import_module("distnet" + spec.name[len("mxnet"):])
        self._own_specs[module.__name__] = module.__spec__
        return module

    def exec_module(self, module):
        # importlib has just set the module's __spec__ to the mxnet one: give its own back, or every relative
        # import run inside a distnet function warns that __package__ != __spec__.parent (an ImportWarning,
        # shown to a script that turns all warnings on)
        module.__spec__ = self._own_specs.pop(module.__name__, module.__spec__)


if __name__ == "__main__":
    # the .out files are recorded with OPENBLAS_CORETYPE=Haswell: follow those kernels' sums on any CPU
    os.environ.setdefault("DISTNET_OPENBLAS_CORE", "haswell")
    sys.meta_path.insert(0, _MXNetAlias())
    script = os.path.abspath(sys.argv[1])       # as ``python script.py`` has it (warnings show this path)
    sys.argv = sys.argv[1:]
    sys.path.insert(0, os.path.dirname(script))
    runpy.run_path(script, run_name="__main__")
