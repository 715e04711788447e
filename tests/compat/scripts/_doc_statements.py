"""Runs documentation examples statement by statement for the doc_examples_* compat scripts: each expression's
repr is printed (addresses and distnet's module paths masked), an exception as its class name."""
import logging
import random
import re
import warnings

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, nd

warnings.simplefilter("ignore")
logging.disable(logging.CRITICAL)
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+|0x[0-9a-fA-F]{6,}")
_MODULE = re.compile(r"\bdistnet\.")      # a class's module path as MXNet names it


def run(title, statements):
    print("##", title)
    names = {"mx": mx, "nd": nd, "np": np, "gluon": gluon, "autograd": autograd, "sym": mx.sym}
    mx.random.seed(0)
    np.random.seed(0)
    random.seed(0)
    for source in statements:
        try:
            try:
                code = compile(source, "<doc>", "eval")
            except SyntaxError:
                exec(compile(source, "<doc>", "exec"), names)
                continue
            value = eval(code, names)
            if value is not None:
                print(_MODULE.sub("mxnet.", _ADDRESS.sub(" at ADDR", repr(value))))
        except Exception as e:  # noqa: BLE001 (the class is what is compared)
            print("!!", type(e).__name__)
