/** What an editor adds to an exported image: a headline in place of the dataset's title, and a note under it. */
export interface EditorWording {
  headline: string;
  note: string;
}
