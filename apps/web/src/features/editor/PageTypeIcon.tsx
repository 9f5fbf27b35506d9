import {
  ChartLine, ChevronsUpDown, ClipboardCheck, ClipboardList, Code, Columns3, Compass, FileQuestion, FileText, FileType, Film,
  Folder, FolderKanban, GalleryHorizontal, GitCommitHorizontal, Grid3x3, Group, Heading, Highlighter, Image, ImagePlus,
  Images, LayoutList, Link, Link2, List, ListChecks, MapPinned, PanelsTopLeft, PlaySquare, ScanSearch, Split, SquareMenu,
  Table, Tags, TextCursorInput, TextSearch, ZoomIn, type LucideIcon,
} from 'lucide-react';

/**
 * The registry names its icons by lucide name; a static map keeps the bundle to the icons used.
 * (lucide 1.x has no brand icons, so `youtube` shows a play button.)
 */
const ICONS: Record<string, LucideIcon> = {
  'chart-line': ChartLine, 'chevrons-up-down': ChevronsUpDown, 'clipboard-check': ClipboardCheck,
  'clipboard-list': ClipboardList, code: Code, 'columns-3': Columns3, compass: Compass, 'file-text': FileText,
  'file-type': FileType, film: Film, folder: Folder, 'folder-kanban': FolderKanban, 'gallery-horizontal': GalleryHorizontal,
  'git-commit-horizontal': GitCommitHorizontal, 'grid-3x3': Grid3x3, group: Group, heading: Heading, highlighter: Highlighter,
  image: Image, 'image-plus': ImagePlus, images: Images, 'layout-list': LayoutList, link: Link, 'link-2': Link2, list: List,
  'list-checks': ListChecks, 'map-pinned': MapPinned, 'panels-top-left': PanelsTopLeft, 'scan-search': ScanSearch,
  split: Split, 'square-menu': SquareMenu, table: Table, tags: Tags, 'text-cursor-input': TextCursorInput,
  'text-search': TextSearch, youtube: PlaySquare, 'zoom-in': ZoomIn,
};

export function PageTypeIcon({ icon, size = 18 }: { icon: string | undefined; size?: number }) {
  const Icon = (icon && ICONS[icon]) || FileQuestion;
  return <Icon size={size} aria-hidden="true" focusable="false" className="type-icon" />;
}
