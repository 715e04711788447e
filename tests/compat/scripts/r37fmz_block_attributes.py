"""Public attributes of model zoo and gluon.contrib blocks and the public names their classes add to HybridBlock
(or HybridRecurrentCell), as MXNet's."""
import inspect
import warnings

import mxnet as mx
from mxnet.gluon.contrib import cnn as ccnn, nn as cnn, rnn as crnn
from mxnet.gluon.model_zoo import vision

warnings.simplefilter("ignore")

blocks = {
    'BasicBlockV1': vision.BasicBlockV1(8, 2, True, in_channels=4), 'BasicBlockV2': vision.BasicBlockV2(8, 2, True),
    'BottleneckV1': vision.BottleneckV1(8, 1, True), 'BottleneckV2': vision.BottleneckV2(8, 1, True),
    'resnet18_v1': vision.resnet18_v1(), 'resnet18_v2': vision.resnet18_v2(), 'vgg11': vision.vgg11(),
    'alexnet': vision.alexnet(), 'densenet121': vision.densenet121(), 'squeezenet1_0': vision.squeezenet1_0(),
    'inception_v3': vision.inception_v3(), 'mobilenet0_25': vision.mobilenet0_25(),
    'mobilenet_v2_0_25': vision.mobilenet_v2_0_25(), 'LinearBottleneck': vision.mobilenet_v2_0_25().features[4],
    'HybridConcurrent': cnn.HybridConcurrent(), 'Concurrent': cnn.Concurrent(), 'Identity': cnn.Identity(),
    'SparseEmbedding': cnn.SparseEmbedding(3, 2), 'SyncBatchNorm': cnn.SyncBatchNorm(),
    'PixelShuffle1D': cnn.PixelShuffle1D(2), 'PixelShuffle2D': cnn.PixelShuffle2D(2),
    'PixelShuffle3D': cnn.PixelShuffle3D(2), 'DeformableConvolution': ccnn.DeformableConvolution(2, 3),
    'ModulatedDeformableConvolution': ccnn.ModulatedDeformableConvolution(2, 3, num_deformable_group=2),
    'Conv2DLSTMCell': crnn.Conv2DLSTMCell((2, 4, 4), 3, 3, 3), 'Conv1DGRUCell': crnn.Conv1DGRUCell((2, 4), 3, 3, 3),
    'Conv3DRNNCell': crnn.Conv3DRNNCell((2, 3, 3, 3), 3, 3, 3), 'LSTMPCell': crnn.LSTMPCell(3, 2),
    'VariationalDropoutCell': crnn.VariationalDropoutCell(mx.gluon.rnn.LSTMCell(3), 0.1, 0.2, 0.3),
}
for name, block in blocks.items():
    print(name, sorted(a for a in vars(block) if not a.startswith('_')))
print('ModulatedDeformableConvolution.offset_split_index', blocks['ModulatedDeformableConvolution'].offset_split_index)

hybrid = set(dir(mx.gluon.HybridBlock))
recurrent = set(dir(mx.gluon.rnn.HybridRecurrentCell))
for module in [vision, cnn, crnn, ccnn]:
    for name in sorted(dir(module)):
        cls = getattr(module, name)
        if inspect.isclass(cls):
            known = recurrent if issubclass(cls, mx.gluon.rnn.RecurrentCell) else hybrid
            print(module.__name__.split('.')[-1], name, sorted(a for a in set(dir(cls)) - known if not a.startswith('_')))
