"""Crop given three inputs checks the data's rank (4-D) before its shape function gives up on more than two inputs, as MXNet does."""
import mxnet as mx

for shape in [(1, 2, 1, 2, 2), (3,), (1, 1, 4, 4)]:
    for count in (1, 2, 3):
        args = [mx.nd.ones(shape) for _ in range(count)]
        try:
            print(shape, count, mx.nd.Crop(*args, h_w=(2, 2)).shape)
        except mx.base.MXNetError as e:
            print(shape, count, str(e).replace('\n', ' | '))
        try:
            print(shape, count, 'num_args', mx.nd.Crop(*args, num_args=count, h_w=(2, 2)).shape)
        except mx.base.MXNetError as e:
            print(shape, count, 'num_args', str(e).replace('\n', ' | '))
