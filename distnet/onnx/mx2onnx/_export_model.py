"""``mx.onnx``'s export entry points. They need the ``onnx`` package, and distnet has no ONNX converter."""
import logging  # noqa: F401  (MXNet's module-level names)

import numpy as np

from ...base import string_types  # noqa: F401
from ... import symbol  # noqa: F401
from ._export_onnx import MXNetGraph  # noqa: F401
from ._export_helper import load_module, _unavailable  # noqa: F401


def export_model(sym, params, in_shapes=None, in_types=np.float32, onnx_file_path="model.onnx", verbose=False,
                 dynamic=False, dynamic_input_shapes=None, run_shape_inference=False, input_type=None,
                 input_shape=None):
    """Export a symbol and its parameters to an ONNX file: not available."""
    raise _unavailable("mx.onnx.export_model")


def get_operator_support(opset_version=None):
    """The MXNet operators the ONNX exporter supports: not available."""
    raise _unavailable("mx.onnx.get_operator_support")
