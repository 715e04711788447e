"""A dtype given downstream (a FullyConnected weight) reaches back through one-input operators as MXNet's type
inference carries it: Pooling copies its input's dtype forward only, LRN, Dropout and others need their input's."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
S = mx.sym


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


d = S.var('d')
for name, f in [('Pooling', lambda x: S.Pooling(x, kernel=(2,2), pool_type='max')), ('Flatten', S.Flatten), ('Activation', lambda x: S.Activation(x, act_type='relu')),
                ('Dropout', S.Dropout), ('relu', S.relu), ('exp', S.exp), ('transpose', S.transpose), ('Reshape', lambda x: S.Reshape(x, shape=(-1,))),
                ('softmax', S.softmax), ('BatchNorm', S.BatchNorm), ('LRN', lambda x: S.LRN(x, nsize=3)), ('sum', S.sum), ('expand_dims', lambda x: S.expand_dims(x, axis=0)),
                ('UpSampling', lambda x: S.UpSampling(x, scale=2, sample_type='nearest', num_args=1)), ('LeakyReLU', S.LeakyReLU), ('clip', lambda x: S.clip(x, 0, 1)),
                ('SliceChannel', lambda x: S.SliceChannel(x, num_outputs=1)), ('slice', lambda x: S.slice(x, begin=(0,), end=(1,))), ('tile', lambda x: S.tile(x, reps=(2,))),
                ('L2Normalization', S.L2Normalization), ('InstanceNorm', S.InstanceNorm), ('LayerNorm', S.LayerNorm), ('Pad', lambda x: S.Pad(x, mode='edge', pad_width=(0,0,0,0,1,1,1,1))),
                ('SwapAxis', S.SwapAxis), ('Cast', lambda x: S.Cast(x, dtype='float16')), ('log_softmax', S.log_softmax), ('norm', S.norm), ('square', S.square),
                ('sort', S.sort), ('repeat', lambda x: S.repeat(x, repeats=2)), ('flip', lambda x: S.flip(x, axis=0)),
                ('broadcast_to', lambda x: S.broadcast_to(x, shape=(2, 3))), ('Crop', lambda x: S.Crop(x, h_w=(1, 1), num_args=1)), ('ROI', lambda x: S.SequenceLast(x)),
                ('Deconvolution', lambda x: S.Deconvolution(x, kernel=(1,), num_filter=1)), ('Convolution', lambda x: S.Convolution(x, kernel=(1,), num_filter=1)),
                ('FullyConnected', lambda x: S.FullyConnected(x, num_hidden=1)), ('Embedding', lambda x: S.Embedding(x, input_dim=2, output_dim=2))]:
    out = S.FullyConnected(f(d), num_hidden=2, name='fc')
    try:
        print(name, out.infer_type_partial(fc_weight='float64')[0][0])
    except mx.base.MXNetError as e:
        print(name, 'EXC', essential(e))
