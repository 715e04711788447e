"""The image record iterators refuse a float parameter their parser reads as out of float's range (over or under) and a data_shape with a zero size before looking for the file, as MXNet does."""
import mxnet as mx


def attempt(it, kw):
    args = dict(batch_size=2, data_shape=(3, 4, 4), path_imgrec='/nonexistent_r47/x.rec')
    args.update(kw)
    try:
        it(**args)
        return 'OK'
    except mx.base.MXNetError as e:
        return str(e).strip().splitlines()[-1]


for name in ('ImageRecordIter', 'ImageRecordUInt8Iter', 'ImageRecordInt8Iter', 'ImageRecordIter_v1',
             'ImageRecordUInt8Iter_v1', 'ImageDetRecordIter'):
    it = getattr(mx.io, name)
    for kw in (dict(mean_r=1e40), dict(scale='2 '), dict(max_aspect_ratio='1e39'), dict(brightness='-1e40'),
               dict(std_g='inf'), dict(mean_b='nan'), dict(mean_r='1e-50'), dict(mean_r='3.4028236e38'),
               dict(mean_r='3.4028234e38'), dict(min_img_size='1e40'), dict(pca_noise='1e400'), dict(max_random_scale='0x1'),
               dict(data_shape=(3, 0, 4)), dict(data_shape=(0, 4, 4)), dict(data_shape=(4, 0)),
               dict(rand_crop_prob='1e40'), dict(label_pad_value='-1e39')):
        print(name, kw, attempt(it, kw))
