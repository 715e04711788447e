"""ImageDetRecordIter reads its parameters struct by struct (batch, normaliser, iterator, parser, detection augmenter), ignores ImageRecordIter's augmenter keys, runs its augmenter's checks and the part check before looking for the file, and logs its default path ./data/imgrec.rec, as MXNet does."""
import os
import re
import tempfile

import mxnet as mx


def attempt(kw, path='/nonexistent_r47/x.rec'):
    """The last line of the error creating the iterator gives, with its log lines (time stamps left out)."""
    args = dict(batch_size=2, data_shape=(3, 4, 4))
    if path is not None:
        args['path_imgrec'] = path
    args.update(kw)
    with tempfile.TemporaryFile() as log:
        saved = os.dup(2)
        os.dup2(log.fileno(), 2)
        try:
            mx.io.ImageDetRecordIter(**args)
            result = 'OK'
        except mx.base.MXNetError as e:
            result = str(e).strip().splitlines()[-1]
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        log.seek(0)
        lines = [re.sub(r'^\[[\d:]+\] ', '', line) for line in log.read().decode().splitlines() if line.strip()]
    return result, lines


BAD = {'round_batch': 'q', 'seed': 'q', 'verbose': 'q', 'mean_r': 'q', 'scale': '2 ', 'std_a': '1e40', 'shuffle': 'q',
       'label_width': 2.0, 'label_pad_width': 'q', 'label_pad_value': 'x', 'rand_crop_prob': 'q', 'resize': 'q',
       'max_random_illumination': 0.5, 'min_crop_scales': 'x0.3', 'max_crop_trials': (1.5,), 'crop_emit_mode': 'Center',
       'resize_mode': ' fit', 'fill_value': 'q'}
for a in BAD:
    for b in BAD:
        if a < b:
            print(a, b, attempt({a: BAD[a], b: BAD[b]})[0], '|', attempt({b: BAD[b], a: BAD[a]})[0])
for key in ('mirror', 'rand_mirror', 'pad', 'rand_crop', 'max_aspect_ratio', 'brightness', 'seed_aug', 'device_id',
            'path_imgidx', 'unknown_key'):
    print('ignored', key, attempt({key: 'q'})[0])
for kw in (dict(min_crop_scales='0.3'), dict(min_crop_scales='(0.3, 0.4)'), dict(min_crop_scales='()'),
           dict(min_crop_scales=(1e39,)), dict(min_crop_scales='nan'), dict(max_crop_trials=(1, 2)),
           dict(max_crop_trials=' 2'), dict(emit_overlap_thresh='nan', inter_method=7),
           dict(emit_overlap_thresh=-1, min_crop_scales=(0.1, 0.2)), dict(emit_overlap_thresh=-1, min_crop_scales=(-0.1,)),
           dict(emit_overlap_thresh=-1), dict(emit_overlap_thresh=1.5),
           dict(min_crop_overlaps=(0.5,), max_crop_overlaps=(0.4,)), dict(min_crop_sample_coverages=(2,)),
           dict(max_crop_object_coverages=(0.5,), min_crop_object_coverages=(0.6,)),
           dict(num_crop_sampler=2, min_crop_scales=(0.1, 0.2, 0.3)), dict(preprocess_threads=0),
           dict(num_parts=0), dict(part_index=5), dict(aug_seq='det_aug_default'), dict(data_shape=(3, 0, 4)),
           dict(label_pad_width='q', data_shape=(0, 4, 4)), dict(data_shape=(0, 4, 4), label_pad_width='q'),
           dict(data_shape=(4, 4), rand_crop_prob='q'), dict(num_crop_sampler=-1, shuffle_chunk_size=-1)):
    print(kw, attempt(kw)[0])
print(attempt({}, path=None))
print(attempt({'verbose': False}, path=None))
print(attempt({'batch_size': 'x'}, path=None))
