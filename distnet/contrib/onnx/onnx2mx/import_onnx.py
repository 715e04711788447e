"""The ONNX-graph-to-MXNet converter's class; reading an ONNX graph needs ``onnx``, which distnet does not use."""
import numpy as np  # noqa: F401  (MXNet's module-level names)

from .... import ndarray as nd  # noqa: F401
from .... import symbol  # noqa: F401
from ....base import string_types  # noqa: F401
from ....onnx.mx2onnx._export_helper import _INSTALL_HINT, _unavailable


class GraphProto:
    """An ONNX GraphProto on its way to an MXNet symbol and parameters."""

    def __init__(self):
        self._nodes = {}
        self._params = {}
        self._num_input = 0
        self._num_param = 0
        self.aux_dict = {}
        self.arg_dict = {}
        self.model_metadata = {}
        self.opset_version = 0

    def from_onnx(self, graph, opset_version):
        """The symbol, arg params and aux params of an ONNX graph: not available."""
        raise _unavailable("GraphProto.from_onnx")

    def get_graph_metadata(self, graph):
        """The input and output names and shapes of an ONNX graph: not available."""
        raise _unavailable("GraphProto.get_graph_metadata")

    def graph_to_gluon(self, graph, ctx, opset_version):
        """An ONNX graph as a Gluon SymbolBlock: not available."""
        raise _unavailable("GraphProto.graph_to_gluon", _INSTALL_HINT + "#installation")

    def _parse_array(self, tensor_proto):
        """An ONNX TensorProto as an NDArray: not available."""
        raise _unavailable("GraphProto._parse_array")
