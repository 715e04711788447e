"""BatchNorm (and SyncBatchNorm, BatchNormReLU) keep a given non-zero in_channels as an in_channels attribute, and the fused RNN layers keep each weight and bias initializer as its own attribute, as MXNet's do."""
import mxnet as mx
from mxnet.gluon import nn, rnn, contrib

for b in [nn.BatchNorm(), nn.BatchNorm(in_channels=3), nn.BatchNorm(in_channels=0), contrib.nn.SyncBatchNorm(in_channels=4, num_devices=1),
          nn.InstanceNorm(in_channels=2), nn.LayerNorm(in_channels=2)]:
    print(type(b).__name__, getattr(b, 'in_channels', 'no in_channels'))
if hasattr(nn, 'BatchNormReLU'):
    print('BatchNormReLU', getattr(nn.BatchNormReLU(in_channels=5), 'in_channels', 'no in_channels'))
names = ['i2h_weight', 'h2h_weight', 'h2r_weight', 'i2h_bias', 'h2h_bias']
for layer in [rnn.LSTM(2), rnn.LSTM(2, i2h_weight_initializer='ones', h2r_weight_initializer='zeros', projection_size=1),
              rnn.GRU(3, h2h_bias_initializer='ones'), rnn.RNN(2, i2h_bias_initializer=mx.init.Constant(2))]:
    inits = [getattr(layer, '_%s_initializer' % k) for k in names]
    print(type(layer).__name__, [type(i).__name__ if isinstance(i, mx.init.Initializer) else i for i in inits])
