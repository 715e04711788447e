"""The public names of the Gluon modules (block, parameter, trainer, utils, nn, rnn, data, contrib, model_zoo), mx.image,
mx.init and contrib.text/autograd are MXNet's (their imports), none of distnet's helpers."""
import mxnet as mx
import mxnet.contrib.autograd
import mxnet.contrib.text
import mxnet.gluon.contrib.cnn.conv_layers
import mxnet.gluon.contrib.data.sampler
import mxnet.gluon.contrib.data.text
import mxnet.gluon.contrib.estimator
import mxnet.gluon.contrib.nn.basic_layers

# (MXNet's constants modules, its OpenCV and requests imports, which distnet has not)
SKIP = {"C", "cv2", "requests"}
for path in ["gluon.block", "gluon.parameter", "gluon.trainer", "gluon.utils", "gluon.nn.activations",
             "gluon.nn.basic_layers", "gluon.nn.conv_layers", "gluon.rnn.rnn_cell", "gluon.rnn.rnn_layer",
             "gluon.data.dataset", "gluon.data.vision.datasets", "gluon.model_zoo.vision.resnet",
             "gluon.contrib.cnn.conv_layers", "gluon.contrib.data.sampler", "gluon.contrib.data.text",
             "gluon.contrib.estimator.estimator", "gluon.contrib.estimator.event_handler",
             "gluon.contrib.estimator.utils", "gluon.contrib.nn.basic_layers", "image.image", "image.detection",
             "init", "contrib.text.embedding", "contrib.text.vocab", "contrib.autograd"]:
    module = eval("mx." + path)
    print(path, [n for n in dir(module) if not n.startswith("_") and n not in SKIP])
print(mx.gluon.rnn.rnn_cell.tensor_types == (mx.sym.Symbol, mx.nd.NDArray), mx.gluon.rnn.rnn_layer.rnn_cell.__name__[-8:],
      mx.gluon.block.np_symbol.__name__.split(".")[-1], mx.gluon.block.load_json is mx.sym.load_json,
      mx.gluon.block.np_array is mx.util.np_array, mx.gluon.parameter.mx_real_t, mx.gluon.nn.basic_layers.sym is mx.sym)
print(mx.gluon.contrib.estimator.estimator.split_and_load is mx.gluon.utils.split_and_load,
      mx.gluon.contrib.data.sampler.sampler is mx.gluon.data.sampler, mx.init.random is mx.random,
      mx.image.image.recordio is mx.recordio, mx.image.detection.io is mx.io, mx.gluon.data.dataset.ndarray is mx.nd)
DL = mx.gluon.data.dataloader
print("gluon.data.dataloader", [n for n in dir(DL) if not n.startswith("_") and n not in {
    "ConnectionWrapper", "Queue", "SimpleQueue", "fetcher_loop_v1", "worker_loop_v1", "rebuild_ndarray",
    "rebuild_np_ndarray", "reduce_ndarray", "reduce_np_ndarray"}])     # (MXNet's process-pool internals)
print(DL.context is mx.context, DL.set_np is mx.util.set_np, DL.ThreadPool.__name__, DL.ForkingPickler.__name__)
