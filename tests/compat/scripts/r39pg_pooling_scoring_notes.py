"""Which average poolings without padding log oneDNN's 'forward_scoring' note in training: once per primitive, whose key
holds the convention, global_pool, cudnn_off and p_value besides shapes and window; a 1-D 'same' pooling's refusal."""
import os
import re
import sys
import tempfile

import mxnet as mx
from mxnet import nd, autograd

x = nd.random.uniform(shape=(1, 2, 5, 5))
x1 = nd.random.uniform(shape=(2, 3, 9))


def notes(f):
    """Run f with the process's stderr in a file; the number of scoring notes written."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), 2)
        try:
            f()
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        text = tmp.read().decode()
    return len(re.findall(r"MKLDNN Pooling: training with prop_kind is forward_scoring", text))


def pool(data, **kw):
    def run():
        with autograd.record():
            nd.Pooling(data, pool_type='avg', count_include_pad=False, **kw).wait_to_read()
    return run


cases = [
    ('valid', pool(x, kernel=(2, 2), stride=(1, 1))),
    ('valid again', pool(x, kernel=(2, 2), stride=(1, 1))),
    ('full, windows fit', pool(x, kernel=(2, 2), stride=(1, 1), pooling_convention='full')),
    ('full again', pool(x, kernel=(2, 2), stride=(1, 1), pooling_convention='full')),
    ('full, windows do not fit', pool(x, kernel=(2, 2), stride=(2, 2), pooling_convention='full')),
    ('cudnn_off', pool(x, kernel=(2, 2), stride=(1, 1), cudnn_off=True)),
    ('layout NCHW', pool(x, kernel=(2, 2), stride=(1, 1), layout='NCHW')),
    ('explicit pad 0', pool(x, kernel=(2, 2), stride=(1, 1), pad=(0, 0))),
    ('default stride', pool(x, kernel=(2, 2))),
    ('p_value', pool(x, kernel=(2, 2), stride=(1, 1), p_value=2)),
    ('global with kernel', pool(x, kernel=(5, 5), global_pool=True)),
    ('same window, not global', pool(x, kernel=(5, 5))),
    ('global without kernel', pool(x, global_pool=True)),
    ('other data, same shape', pool(x + 1, kernel=(2, 2), stride=(1, 1))),
    ('1-D full', pool(x1, kernel=(3,), stride=(2,), pad=(1,), pooling_convention='full')),
    ('1-D valid, same window', pool(x1, kernel=(3,), stride=(2,), pad=(1,))),
    ('1-D full k2 s2 (no fit)', pool(x1, kernel=(2,), stride=(2,), pooling_convention='full')),
]
for label, run in cases:
    print(label, notes(run))

for kernel in [(2,), (3,)]:
    try:
        nd.Pooling(x1, kernel=kernel, pool_type='max', pooling_convention='same')
    except mx.base.MXNetError as e:
        print('1-D same', kernel, str(e).split('Stack trace')[0].strip().splitlines()[-1])
