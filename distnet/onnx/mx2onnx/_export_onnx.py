"""The MXNet-graph-to-ONNX converter's class; converting needs ``onnx``, which distnet does not use."""
import json  # noqa: F401  (MXNet's module-level names)
import logging  # noqa: F401

import numpy as np  # noqa: F401

from ... import ndarray as nd
from ._export_helper import _unavailable


class MXNetGraph:
    """A symbol and its parameters on their way to an ONNX graph, and the registry of per-operator converters."""
    registry_ = {}
    input_output_maps_ = {}

    def __init__(self):
        self.nodes = []
        self.input_tensors = []
        self.output_tensors = []

    @staticmethod
    def register(op_name, opset_version=12):
        """A decorator registering an operator's converter; without ``onnx`` it registers nothing."""
        def wrapper(func):
            try:
                import onnx  # noqa: F401
            except ImportError:
                return func
            MXNetGraph.registry_.setdefault(opset_version, {})[op_name] = func
            return func
        return wrapper

    @staticmethod
    def convert_layer(node, **kwargs):
        """Convert one MXNet node to ONNX nodes: not available."""
        raise _unavailable("MXNetGraph.convert_layer")

    @staticmethod
    def split_params(sym, params):
        """The entries of ``params`` that are ``sym``'s arguments and auxiliary states, as two dicts of NDArrays."""
        arg_params = {name: nd.array(params[name]) for name in sym.list_arguments() if name in params}
        aux_params = {name: nd.array(params[name]) for name in sym.list_auxiliary_states() if name in params}
        return arg_params, aux_params

    @staticmethod
    def convert_weights_to_numpy(weights_dict):
        """The weights as numpy arrays, keyed without their ``arg:`` / ``aux:`` prefixes."""
        return {k.replace("arg:", "").replace("aux:", ""): v.asnumpy() for k, v in weights_dict.items()}

    def create_onnx_graph_proto(self, sym, params, in_shapes, in_types, verbose=False, opset_version=None,
                                dynamic=True, dynamic_input_shapes=None):
        """Convert a symbol and its parameters to an ONNX GraphProto: not available."""
        raise _unavailable("MXNetGraph.create_onnx_graph_proto")
