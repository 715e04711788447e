"""MXNet 1.9.1's own ``>>>`` documentation examples of mxnet.io.io, mxnet.kvstore.base, mxnet.kvstore.kvstore, mxnet.kvstore.kvstore.server, mxnet.recordio, mxnet.image.image, mxnet.image.detection, run statement by statement:
each expression's repr is printed, an exception as its class name."""
import os
import shutil
import tempfile

from _doc_statements import run


_here = os.getcwd()
_tmp = tempfile.mkdtemp()
os.chdir(_tmp)
try:

    for _name in ("flower.jpg", "test.jpg"):     # the pictures the examples open
        shutil.copy(os.path.join(_here, "..", "..", "image", "data", "big.jpg"), _name)
    run('mxnet.io.io.ResizeIter', [
        'nd_iter = mx.io.NDArrayIter(mx.nd.ones((100,10)), batch_size=25)\n',
        'resize_iter = mx.io.ResizeIter(nd_iter, 2)\n',
        'for batch in resize_iter:\n    print(batch.data)\n',
])
    run('mxnet.io.io.PrefetchingIter', [
        "iter1 = mx.io.NDArrayIter({'data':mx.nd.ones((100,10))}, batch_size=25)\n",
        "iter2 = mx.io.NDArrayIter({'data':mx.nd.ones((100,10))}, batch_size=25)\n",
        "piter = mx.io.PrefetchingIter([iter1, iter2],\n                              rename_data=[{'data': 'data_1'}, {'data': 'data_2'}])\n",
        'print(piter.provide_data)\n',
])
    run('mxnet.io.io.NDArrayIter', [
        'data = np.arange(40).reshape((10,2,2))\n',
        'labels = np.ones([10, 1])\n',
        "dataiter = mx.io.NDArrayIter(data, labels, 3, True, last_batch_handle='discard')\n",
        'for batch in dataiter:\n    print(batch.data[0].asnumpy())\n    batch.data[0].shape\n\n',
        'dataiter.provide_data # Returns a list of `DataDesc`\n',
        'dataiter.provide_label # Returns a list of `DataDesc`\n',
        "dataiter = mx.io.NDArrayIter(data, labels, 3, True, last_batch_handle='pad')\n",
        'batchidx = 0\n',
        'for batch in dataiter:\n    batchidx += 1\n',
        'batchidx  # Padding added after the examples read are over. So, 10/3+1 batches are created.\n',
        "dataiter = mx.io.NDArrayIter(data, labels, 3, True, last_batch_handle='discard')\n",
        'batchidx = 0\n',
        'for batch in dataiter:\n    batchidx += 1\n',
        'batchidx # Remaining examples are discarded. So, 10/3 batches are created.\n',
        "dataiter = mx.io.NDArrayIter(data, labels, 3, False, last_batch_handle='roll_over')\n",
        'batchidx = 0\n',
        'for batch in dataiter:\n    batchidx += 1\n',
        'batchidx # Remaining examples are rolled over to the next iteration.\n',
        'dataiter.reset()\n',
        'dataiter.next().data[0].asnumpy()\n',
        "data = {'data1':np.zeros(shape=(10,2,2)), 'data2':np.zeros(shape=(20,2,2))}\n",
        "label = {'label1':np.zeros(shape=(10,1)), 'label2':np.zeros(shape=(20,1))}\n",
        "dataiter = mx.io.NDArrayIter(data, label, 3, True, last_batch_handle='discard')\n",
        "csr_data = mx.nd.array(np.arange(40).reshape((10,4))).tostype('csr')\n",
        'labels = np.ones([10, 1])\n',
        "dataiter = mx.io.NDArrayIter(csr_data, labels, 3, last_batch_handle='discard')\n",
        '[batch.data[0] for batch in dataiter]\n',
])
    run('mxnet.kvstore.base.KVStoreBase.register', [
        '@mx.kvstore.KVStoreBase.register\nclass MyKVStore(mx.kvstore.KVStoreBase):\n    pass\n',
        "kv = mx.kv.create('MyKVStore')\n",
        'print(type(kv))\n',
])
    run('mxnet.kvstore.kvstore.KVStore.broadcast', [
        "kv = mx.kv.create('local')\n",
        'shape = (2, 3)\n',
        'shape = (2,3)\n',
        "kv = mx.kv.create('local')\n",
        'a = mx.nd.zeros(shape)\n',
        "kv.broadcast('3', mx.nd.ones(shape)*2, out=a)\n",
        'print(a.asnumpy())\n',
])
    run('mxnet.kvstore.kvstore.KVStore.init', [
        "kv = mx.kv.create('local')\n",
        'shape = (2, 3)\n',
        'shape = (2,3)\n',
        "kv = mx.kv.create('local')\n",
        "kv.init('3', mx.nd.ones(shape)*2)\n",
        'a = mx.nd.zeros(shape)\n',
        "kv.pull('3', out=a)\n",
        'print(a.asnumpy())\n',
        "keys = ['5', '7', '9']\n",
        'kv.init(keys, [mx.nd.ones(shape)]*len(keys))\n',
        "kv.init('4', mx.nd.ones(shape).tostype('row_sparse'))\n",
        "b = mx.nd.sparse.zeros('row_sparse', shape)\n",
        "kv.row_sparse_pull('4', row_ids=mx.nd.array([0, 1]), out=b)\n",
        'print(b)\n',
])
    run('mxnet.kvstore.kvstore.KVStore.push', [
        "kv = mx.kv.create('local')\n",
        'shape = (2, 3)\n',
        "kv.push('3', mx.nd.ones(shape)*8)\n",
        "kv.pull('3', out=a) # pull out the value\n",
        'print(a.asnumpy())\n',
        'gpus = [mx.gpu(i) for i in range(4)]\n',
        'b = [mx.nd.ones(shape, gpu) for gpu in gpus]\n',
        "kv.push('3', b)\n",
        "kv.pull('3', out=a)\n",
        'print(a.asnumpy())\n',
        "keys = ['4', '5', '6']\n",
        'kv.push(keys, [mx.nd.ones(shape)]*len(keys))\n',
        'b = [mx.nd.zeros(shape)]*len(keys)\n',
        'kv.pull(keys, out=b)\n',
        'print(b[1].asnumpy())\n',
        "keys = ['7', '8', '9']\n",
        'b = [[mx.nd.ones(shape, gpu) for gpu in gpus]] * len(keys)\n',
        'kv.push(keys, b)\n',
        'kv.pull(keys, out=b)\n',
        'print(b[1][1].asnumpy())\n',
        "b = mx.nd.sparse.zeros('row_sparse', shape)\n",
        "kv.init('10', mx.nd.sparse.zeros('row_sparse', shape))\n",
        "kv.push('10', mx.nd.ones(shape).tostype('row_sparse'))\n",
        "kv.row_sparse_pull('10', row_ids=mx.nd.array([0, 1]), out=b)\n",
        'print(b)\n',
])
    run('mxnet.kvstore.kvstore.KVStore.pull', [
        "kv = mx.kv.create('local')\n",
        'shape = (2, 3)\n',
        'a = mx.nd.zeros(shape)\n',
        "kv.pull('3', out=a)\n",
        'print(a.asnumpy())\n',
        'b = [mx.nd.ones(shape, gpu) for gpu in gpus]\n',
        "kv.pull('3', out=b)\n",
        'print(b[1].asnumpy())\n',
        "keys = ['5', '7', '9']\n",
        'b = [mx.nd.zeros(shape)]*len(keys)\n',
        'kv.pull(keys, out=b)\n',
        'print(b[1].asnumpy())\n',
        "keys = ['6', '8', '10']\n",
        'b = [[mx.nd.ones(shape, gpu) for gpu in gpus]] * len(keys)\n',
        'kv.pull(keys, out=b)\n',
        'print(b[1][1].asnumpy())\n',
])
    run('mxnet.kvstore.kvstore.KVStore.pushpull', [
        "kv = mx.kv.create('local')\n",
        'shape = (2, 3)\n',
        "kv.pushpull('3', mx.nd.ones(shape)*8, out=a)\n",
        'print(a.asnumpy())\n',
        'gpus = [mx.gpu(i) for i in range(4)]\n',
        'b = [mx.nd.ones(shape, gpu) for gpu in gpus]\n',
        "kv.pushpull('3', b, out=a)\n",
        'print(a.asnumpy())\n',
        "keys = ['4', '5', '6']\n",
        'b = [mx.nd.zeros(shape)]*len(keys)\n',
        'kv.pushpull(keys, [mx.nd.ones(shape)]*len(keys), out=b)\n',
        'print(b[1].asnumpy())\n',
        "keys = ['7', '8', '9']\n",
        'b = [[mx.nd.ones(shape, gpu) for gpu in gpus]] * len(keys)\n',
        'kv.pushpull(keys, b)\n',
        'print(b[1][1].asnumpy())\n',
])
    run('mxnet.kvstore.kvstore.KVStore.row_sparse_pull', [
        "kv = mx.kv.create('local')\n",
        'shape = (2, 3)\n',
        'shape = (3, 3)\n',
        "kv.init('3', mx.nd.ones(shape).tostype('row_sparse'))\n",
        "a = mx.nd.sparse.zeros('row_sparse', shape)\n",
        "row_ids = mx.nd.array([0, 2], dtype='int64')\n",
        "kv.row_sparse_pull('3', out=a, row_ids=row_ids)\n",
        'print(a.asnumpy())\n',
        "duplicate_row_ids = mx.nd.array([2, 2], dtype='int64')\n",
        "kv.row_sparse_pull('3', out=a, row_ids=duplicate_row_ids)\n",
        'print(a.asnumpy())\n',
        "unsorted_row_ids = mx.nd.array([1, 0], dtype='int64')\n",
        "kv.row_sparse_pull('3', out=a, row_ids=unsorted_row_ids)\n",
        'print(a.asnumpy())\n',
])
    run('mxnet.kvstore.kvstore.KVStore.set_optimizer', [
        "kv = mx.kv.create('local')\n",
        'shape = (2, 3)\n',
        'kv = mx.kv.create()\n',
        'shape = (2, 2)\n',
        'weight = mx.nd.zeros(shape)\n',
        'kv.init(3, weight)\n',
        'kv.set_optimizer(mx.optimizer.SGD())\n',
        'grad = mx.nd.ones(shape)\n',
        'kv.push(3, grad)\n',
        'kv.pull(3, out = weight)\n',
        'weight.asnumpy()\n',
])
    run('mxnet.kvstore.kvstore.KVStore._set_updater', [
        "kv = mx.kv.create('local')\n",
        'shape = (2, 3)\n',
        'def update(key, input, stored):\n    print("update on key: %d" % key)\n    stored += input * 2\n\n',
        'kv._set_updater(update)\n',
        "kv.pull('3', out=a)\n",
        'print(a.asnumpy())\n',
        "kv.push('3', mx.nd.ones(shape))\n",
        "kv.pull('3', out=a)\n",
        'print(a.asnumpy())\n',
])
    run('mxnet.kvstore.kvstore_server.KVStoreServer.run', [
        'while receive(x):\n    if is_command x: controller(x)\n    else if is_key_value x: updater(x)\n',
])
    run('mxnet.recordio.MXRecordIO', [
        "record = mx.recordio.MXRecordIO('tmp.rec', 'w')\n",
        "for i in range(5):\n   record.write('record_%d'%i)\n",
        'record.close()\n',
        "record = mx.recordio.MXRecordIO('tmp.rec', 'r')\n",
        'for i in range(5):\n   item = record.read()\n   print(item)\n',
        'record.close()\n',
])
    run('mxnet.recordio.MXRecordIO.reset', [
        "record = mx.recordio.MXRecordIO('tmp.rec', 'r')\n",
        'for i in range(2):\n   item = record.read()\n   print(item)\n',
        'record.reset()  # Pointer is reset.\n',
        'print(record.read()) # Started reading from start again.\n',
        'record.close()\n',
])
    run('mxnet.recordio.MXRecordIO.write', [
        "record = mx.recordio.MXRecordIO('tmp.rec', 'w')\n",
        "for i in range(5):\n   record.write('record_%d'%i)\n",
        'record.close()\n',
])
    run('mxnet.recordio.MXRecordIO.read', [
        "record = mx.recordio.MXRecordIO('tmp.rec', 'r')\n",
        'for i in range(5):\n   item = record.read()\n   print(item)\n',
        'record.close()\n',
])
    run('mxnet.recordio.MXIndexedRecordIO', [
        "for i in range(5):\n    record.write_idx(i, 'record_%d'%i)\n",
        'record.close()\n',
        "record = mx.recordio.MXIndexedRecordIO('tmp.idx', 'tmp.rec', 'r')\n",
        'record.read_idx(3)\n',
])
    run('mxnet.recordio.MXIndexedRecordIO.tell', [
        "record = mx.recordio.MXIndexedRecordIO('tmp.idx', 'tmp.rec', 'w')\n",
        'print(record.tell())\n',
        "for i in range(5):\n    record.write_idx(i, 'record_%d'%i)\n    print(record.tell())\n",
])
    run('mxnet.recordio.MXIndexedRecordIO.read_idx', [
        "record = mx.recordio.MXIndexedRecordIO('tmp.idx', 'tmp.rec', 'w')\n",
        "for i in range(5):\n    record.write_idx(i, 'record_%d'%i)\n",
        'record.close()\n',
        "record = mx.recordio.MXIndexedRecordIO('tmp.idx', 'tmp.rec', 'r')\n",
        'record.read_idx(3)\n',
])
    run('mxnet.recordio.MXIndexedRecordIO.write_idx', [
        "for i in range(5):\n    record.write_idx(i, 'record_%d'%i)\n",
        'record.close()\n',
])
    run('mxnet.recordio.pack', [
        'label = 4 # label can also be a 1-D array, for example: label = [1,2,3]\n',
        'id = 2574\n',
        'header = mx.recordio.IRHeader(0, label, id, 0)\n',
        "with open(path, 'r') as file:\n    s = file.read()\n",
        'packed_s = mx.recordio.pack(header, s)\n',
])
    run('mxnet.recordio.unpack', [
        "record = mx.recordio.MXRecordIO('test.rec', 'r')\n",
        'item = record.read()\n',
        'header, s = mx.recordio.unpack(item)\n',
        'header\n',
])
    run('mxnet.recordio.unpack_img', [
        "record = mx.recordio.MXRecordIO('test.rec', 'r')\n",
        'item = record.read()\n',
        'header, img = mx.recordio.unpack_img(item)\n',
        'header\n',
        'img\n',
])
    run('mxnet.recordio.pack_img', [
        'label = 4 # label can also be a 1-D array, for example: label = [1,2,3]\n',
        'id = 2574\n',
        'header = mx.recordio.IRHeader(0, label, id, 0)\n',
        "img = cv2.imread('test.jpg')\n",
        'packed_s = mx.recordio.pack_img(header, img)\n',
])
    run('mxnet.image.image.imread', [
        'mx.img.imread("flower.jpg")\n',
        'mx.img.imread("flower.jpg", flag=0)\n',
        'mx.img.imread("flower.jpg", to_rgb=0)\n',
])
    run('mxnet.image.image.imresize', [
        'with open("flower.jpeg", \'rb\') as fp:\n    str_image = fp.read()\n',
        'image = mx.img.imdecode(str_image)\n',
        'image\n',
        'new_image = mx.img.resize(image, 240, 360)\n',
        'new_image\n',
])
    run('mxnet.image.image.imdecode', [
        'with open("flower.jpg", \'rb\') as fp:\n    str_image = fp.read()\n',
        'image = mx.img.imdecode(str_image)\n',
        'image\n',
        'with open("flower.jpg", \'rb\') as fp:\n    str_image = fp.read()\n',
        'image = mx.img.imdecode(str_image, flag=0)\n',
        'image\n',
        'with open("flower.jpg", \'rb\') as fp:\n    str_image = fp.read()\n',
        'image = mx.img.imdecode(str_image, to_rgb=0)\n',
        'image\n',
])
    run('mxnet.image.image.scale_down', [
        'src_size = (640,480)\n',
        'size = (720,120)\n',
        'new_size = mx.img.scale_down(src_size, size)\n',
        'new_size\n',
])
    run('mxnet.image.image.copyMakeBorder', [
        'with open("flower.jpeg", \'rb\') as fp:\n    str_image = fp.read()\n',
        'image = mx.img.imdecode(str_image)\n',
        'image\n',
        'new_image = mx_border = mx.image.copyMakeBorder(mx_img, 1, 2, 3, 4, type=0)\n',
        'new_image\n',
])
    run('mxnet.image.image.resize_short', [
        'with open("flower.jpeg", \'rb\') as fp:\n    str_image = fp.read()\n',
        'image = mx.img.imdecode(str_image)\n',
        'image\n',
        'size = 640\n',
        'new_image = mx.img.resize_short(image, size)\n',
        'new_image\n',
])
    run('mxnet.image.image.random_crop', [
        'im = mx.nd.array(cv2.imread("flower.jpg"))\n',
        'cropped_im, rect  = mx.image.random_crop(im, (100, 100))\n',
        'print(cropped_im)\n',
        'print(rect)\n',
])
    run('mxnet.image.image.center_crop', [
        'with open("flower.jpg", \'rb\') as fp:\n    str_image = fp.read()\n',
        'image = mx.image.imdecode(str_image)\n',
        'image\n',
        'cropped_image, (x, y, width, height) = mx.image.center_crop(image, (1000, 500))\n',
        'cropped_image\n',
        'x, y, width, height\n',
])
    run('mxnet.image.image.CreateAugmenter', [
        'augs = mx.image.CreateAugmenter(data_shape=(3, 300, 300), rand_mirror=True,\n   mean=True, brightness=0.125, contrast=0.125, rand_gray=0.05,\n   saturation=0.125, pca_noise=0.05, inter_method=10)\n',
        'for aug in augs:\n   aug.dumps()\n',
])
    run('mxnet.image.image.ImageIter.read_image', [
        "dataIter.read_image('Face.jpg') # returns decoded raw bytes.\n",
])
    run('mxnet.image.detection.CreateMultiRandCropAugmenter', [
        'min_object_covered = [0.1, 0.3, 0.5, 0.7, 0.9]  # use 5 augmenters\n',
        'aspect_ratio_range = (0.75, 1.33)  # use same range for all augmenters\n',
        'area_range = [(0.1, 1.0), (0.2, 1.0), (0.2, 1.0), (0.3, 0.9), (0.5, 1.0)]\n',
        'min_eject_coverage = 0.3\n',
        'max_attempts = 50\n',
        'aug = mx.image.det.CreateMultiRandCropAugmenter(min_object_covered=min_object_covered,\n',
        'aug.dumps()  # show some details\n',
])
    run('mxnet.image.detection.CreateDetAugmenter', [
        'augs = mx.image.CreateDetAugmenter(data_shape=(3, 300, 300), rand_crop=0.5,\n   rand_pad=0.5, rand_mirror=True, mean=True, brightness=0.125, contrast=0.125,\n   saturation=0.125, pca_noise=0.05, inter_method=10, min_object_covered=[0.3, 0.5, 0.9],\n   area_range=(0.3, 3.0))\n',
        'for aug in augs:\n   aug.dumps()\n',
])
    run('mxnet.image.detection.ImageDetIter.draw_next', [
        "iterator = mx.image.ImageDetIter(1, (3, 600, 600), path_imgrec='train.rec')\n",
        'for image in iterator.draw_next(waitKey=None):\n    # display image\n',
        "for image in iterator.draw_next(waitKey=0, window_name='disp'):\n    pass\n",
])
    run('mxnet.image.detection.ImageDetIter.sync_label_shape', [
        "train_iter = mx.image.ImageDetIter(32, (3, 300, 300), path_imgrec='train.rec')\n",
        "val_iter = mx.image.ImageDetIter(32, (3, 300, 300), path.imgrec='val.rec')\n",
        'train_iter.label_shape\n',
        'val_iter.label_shape\n',
        'val_iter = train_iter.sync_label_shape(val_iter, verbose=False)\n',
        'train_iter.label_shape\n',
        'val_iter.label_shape\n',
])
finally:
    os.chdir(_here)
    shutil.rmtree(_tmp, ignore_errors=True)
